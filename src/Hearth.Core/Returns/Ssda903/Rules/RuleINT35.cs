namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT35: PrevPerm holds one row per child; flags CHILD on every row of a child listed more than once.</summary>
public sealed class RuleINT35() : ChildMoreThanOnceRule(Ssda903Table.PrevPerm, r => r.PrevPerm)
{
    public override string Code => "INT35";
    public override string Message => "Internal Check: Child should only exist once in PrevPerm.";
}
