namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>345: a care leaver the LA is in touch with (IN_TOUCH YES) has a known activity and accommodation, so neither may be 0. Flags IN_TOUCH, ACTIV and ACCOM.</summary>
public sealed class Rule345 : Ssda903Rule
{
    public override string Code => "345";
    public override string Message => "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc3
            .Where(o => o.IN_TOUCH.Trimmed()?.ToUpperInvariant() == "YES" && (o.ACTIV.Trimmed() == "0" || o.ACCOM.Trimmed() == "0"))
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc3, "IN_TOUCH", "ACTIV", "ACCOM"));
}
