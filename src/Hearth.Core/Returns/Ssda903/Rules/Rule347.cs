namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 347: a care leaver under 18 at 1 April cannot live in a foyer (ACCOM T1 or T2). D2I compares ACCOM
/// with a bare "T", which no longer matches the suffixed codes; this checks the T type. Flags ACCOM and DOB.
/// </summary>
public sealed class Rule347 : Ssda903Rule
{
    public override string Code => "347";
    public override string Message => "Care leavers aged under 18 years, can not be accommodated in a Foyer.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc3
            .Where(o => o.ACCOM.Trimmed() is { } accom && accom.StartsWith('T')
                && o.DOB.Date() is { } dob && dob.PlusYears(18) > context.CollectionStart)
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc3, "ACCOM", "DOB"));
}
