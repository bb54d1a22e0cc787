namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT08: a child in Reviews must also be in Header; flags the Reviews row's CHILD.</summary>
public sealed class RuleINT08() : ChildNotInHeaderRule(Ssda903Table.Reviews, r => r.Reviews)
{
    public override string Code => "INT08";
    public override string Message => "Internal Check: Child in Reviews does not exist in Header.";
}
