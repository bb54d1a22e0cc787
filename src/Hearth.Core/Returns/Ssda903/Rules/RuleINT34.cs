namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT34: OC3 holds one row per child; flags CHILD on every row of a child listed more than once.</summary>
public sealed class RuleINT34() : ChildMoreThanOnceRule(Ssda903Table.Oc3, r => r.Oc3)
{
    public override string Code => "INT34";
    public override string Message => "Internal Check: Child should only exist once in OC3.";
}
