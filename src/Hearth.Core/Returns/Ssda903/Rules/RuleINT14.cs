namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT14: the DOB in OC2 must be the DOB in Header (compared as dates, only when both are readable); flags the OC2 DOB.</summary>
public sealed class RuleINT14() : DiffersFromHeaderRule<Oc2Row>(Ssda903Table.Oc2, nameof(Oc2Row.DOB), r => r.Oc2, row => row.DOB, h => h.DOB)
{
    public override string Code => "INT14";
    public override string Message => "Internal Check: DOB in OC2 is different to DOB in Header.";
}
