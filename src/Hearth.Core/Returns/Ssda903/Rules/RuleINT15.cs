namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT15: the DOB in OC3 must be the DOB in Header (compared as dates, only when both are readable); flags the OC3 DOB.</summary>
public sealed class RuleINT15() : DiffersFromHeaderRule<Oc3Row>(Ssda903Table.Oc3, nameof(Oc3Row.DOB), r => r.Oc3, row => row.DOB, h => h.DOB)
{
    public override string Code => "INT15";
    public override string Message => "Internal Check: DOB in OC3 is different to DOB in Header.";
}
