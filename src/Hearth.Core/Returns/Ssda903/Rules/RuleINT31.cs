namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT31: AD1 holds one row per child; flags CHILD on every row of a child listed more than once.</summary>
public sealed class RuleINT31() : ChildMoreThanOnceRule(Ssda903Table.Ad1, r => r.Ad1)
{
    public override string Code => "INT31";
    public override string Message => "Internal Check: Child should only exist once in AD1.";
}
