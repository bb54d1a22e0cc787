namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT04: a child in Missing must also be in Header; flags the Missing row's CHILD.</summary>
public sealed class RuleINT04() : ChildNotInHeaderRule(Ssda903Table.Missing, r => r.Missing)
{
    public override string Code => "INT04";
    public override string Message => "Internal Check: Child in Missing does not exist in Header.";
}
