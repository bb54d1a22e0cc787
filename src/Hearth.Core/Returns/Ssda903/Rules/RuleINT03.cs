namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT03: a child in Episodes must also be in Header; flags the Episodes row's CHILD.</summary>
public sealed class RuleINT03() : ChildNotInHeaderRule(Ssda903Table.Episodes, r => r.Episodes)
{
    public override string Code => "INT03";
    public override string Message => "Internal Check: Child in Episodes does not exist in Header.";
}
