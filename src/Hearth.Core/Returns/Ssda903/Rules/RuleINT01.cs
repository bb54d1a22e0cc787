namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT01: a child in AD1 must also be in Header; flags the AD1 row's CHILD.</summary>
public sealed class RuleINT01() : ChildNotInHeaderRule(Ssda903Table.Ad1, r => r.Ad1)
{
    public override string Code => "INT01";
    public override string Message => "Data Integrity Check: Child in AD1 does not exist in Header.";
}
