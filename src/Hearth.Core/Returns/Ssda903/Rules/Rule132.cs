namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>132: a care leaver's activity (OC3 ACTIV) must be a valid code; blank is flagged too.</summary>
public sealed class Rule132 : Ssda903Rule
{
    public override string Code => "132";
    public override string Message => "Data entry for activity after leaving care is invalid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Oc3, Ssda903Table.Oc3, nameof(Oc3Row.ACTIV), o => o.ACTIV, Ssda903Codes.Activity, blankIsInvalid: true);
}
