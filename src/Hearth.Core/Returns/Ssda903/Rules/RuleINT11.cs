namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT11: the DOB in AD1 must be the DOB in Header (compared as dates, only when both are readable); flags the AD1 DOB.</summary>
public sealed class RuleINT11() : DiffersFromHeaderRule<Ad1Row>(Ssda903Table.Ad1, nameof(Ad1Row.DOB), r => r.Ad1, row => row.DOB, h => h.DOB)
{
    public override string Code => "INT11";
    public override string Message => "Internal Check: DOB in AD1 is different to DOB in Header.";
}
