namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>517: an unmarried different-gender couple (L3) must be MF.</summary>
public sealed class Rule517 : CareHistoryRule
{
    private static readonly HashSet<string> Allowed = ["MF"];

    public override string Code => "517";
    public override string Message => "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Ad1
            .Where(a => Ssda903Values.Code(a.LS_ADOPTR) == "L3" && !Allowed.Contains(Ssda903Values.Code(a.SEX_ADOPTR)))
            .SelectMany(a => this.Cells(a, Ssda903Table.Ad1, nameof(Ad1Row.LS_ADOPTR), nameof(Ad1Row.SEX_ADOPTR)));
}
