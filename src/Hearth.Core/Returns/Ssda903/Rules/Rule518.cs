namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>518: an unmarried same-gender couple (L4) must be MM or FF.</summary>
public sealed class Rule518 : CareHistoryRule
{
    private static readonly HashSet<string> Allowed = ["MM", "FF"];

    public override string Code => "518";
    public override string Message => "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Ad1
            .Where(a => Ssda903Values.Code(a.LS_ADOPTR) == "L4" && !Allowed.Contains(Ssda903Values.Code(a.SEX_ADOPTR)))
            .SelectMany(a => this.Cells(a, Ssda903Table.Ad1, nameof(Ad1Row.LS_ADOPTR), nameof(Ad1Row.SEX_ADOPTR)));
}
