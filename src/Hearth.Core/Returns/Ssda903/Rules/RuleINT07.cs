namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT07: a child in PrevPerm must also be in Header; flags the PrevPerm row's CHILD.</summary>
public sealed class RuleINT07() : ChildNotInHeaderRule(Ssda903Table.PrevPerm, r => r.PrevPerm)
{
    public override string Code => "INT07";
    public override string Message => "Internal Check: Child in PrevPerm does not exist in Header.";
}
