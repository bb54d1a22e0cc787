namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>133: a care leaver's accommodation (OC3 ACCOM) must be a valid code; blank is flagged too. The rule's own list is the DfE validator's: S1 (no fixed abode, always unsuitable) and X1 (gone abroad/unknown, never reported suitable) are not valid here, although the general ACCOM list has every letter with 1 and 2.</summary>
public sealed class Rule133 : Ssda903Rule
{
    private static readonly HashSet<string> Accommodation =
    [
        "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2",
        "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0",
    ];

    public override string Code => "133";
    public override string Message => "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Oc3, Ssda903Table.Oc3, nameof(Oc3Row.ACCOM), o => o.ACCOM, Accommodation, blankIsInvalid: true);
}
