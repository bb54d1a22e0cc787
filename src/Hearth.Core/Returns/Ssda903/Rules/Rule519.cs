namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>519: a civil partnership (L2) must be a couple: MM, FF or MF.</summary>
public sealed class Rule519 : CareHistoryRule
{
    private static readonly HashSet<string> Allowed = ["MM", "FF", "MF"];

    public override string Code => "519";
    public override string Message => "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Ad1
            .Where(a => Ssda903Values.Code(a.LS_ADOPTR) == "L2" && !Allowed.Contains(Ssda903Values.Code(a.SEX_ADOPTR)))
            .SelectMany(a => this.Cells(a, Ssda903Table.Ad1, nameof(Ad1Row.LS_ADOPTR), nameof(Ad1Row.SEX_ADOPTR)));
}
