namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT36: UASC holds one row per child; flags CHILD on every row of a child listed more than once.</summary>
public sealed class RuleINT36() : ChildMoreThanOnceRule(Ssda903Table.Uasc, r => r.Uasc)
{
    public override string Code => "INT36";
    public override string Message => "Internal Check: Child should only exist once in UASC.";
}
