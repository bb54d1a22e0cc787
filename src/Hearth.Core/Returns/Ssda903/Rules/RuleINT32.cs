namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT32: Header holds one row per child; flags CHILD on every row of a child listed more than once.</summary>
public sealed class RuleINT32() : ChildMoreThanOnceRule(Ssda903Table.Header, r => r.Header)
{
    public override string Code => "INT32";
    public override string Message => "Internal Check: Child should only exist once in Header.";
}
