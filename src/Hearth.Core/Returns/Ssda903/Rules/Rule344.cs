namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 344: a care leaver who died or returned home (IN_TOUCH DIED, RHOM) has no activity or
/// accommodation: ACTIV and ACCOM must be 0 or blank. (D2I also flags blanks; the DfE wording is about
/// items "completed", so blanks pass here.) Flags IN_TOUCH, ACTIV and ACCOM.
/// </summary>
public sealed class Rule344 : Ssda903Rule
{
    public override string Code => "344";
    public override string Message => "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc3
            .Where(o => o.IN_TOUCH.Trimmed()?.ToUpperInvariant() is "DIED" or "RHOM"
                && (o.ACTIV.Trimmed() is { } a && a != "0" || o.ACCOM.Trimmed() is { } b && b != "0"))
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc3, "IN_TOUCH", "ACTIV", "ACCOM"));
}
