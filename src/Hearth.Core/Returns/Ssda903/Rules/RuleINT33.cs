namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT33: OC2 holds one row per child; flags CHILD on every row of a child listed more than once.</summary>
public sealed class RuleINT33() : ChildMoreThanOnceRule(Ssda903Table.Oc2, r => r.Oc2)
{
    public override string Code => "INT33";
    public override string Message => "Internal Check: Child should only exist once in OC2.";
}
