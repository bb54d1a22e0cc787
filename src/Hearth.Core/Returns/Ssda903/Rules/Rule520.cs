namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>520: a married different-gender couple (L11) must be MF.</summary>
public sealed class Rule520 : CareHistoryRule
{
    private static readonly HashSet<string> Allowed = ["MF"];

    public override string Code => "520";
    public override string Message => "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Ad1
            .Where(a => Ssda903Values.Code(a.LS_ADOPTR) == "L11" && !Allowed.Contains(Ssda903Values.Code(a.SEX_ADOPTR)))
            .SelectMany(a => this.Cells(a, Ssda903Table.Ad1, nameof(Ad1Row.LS_ADOPTR), nameof(Ad1Row.SEX_ADOPTR)));
}
