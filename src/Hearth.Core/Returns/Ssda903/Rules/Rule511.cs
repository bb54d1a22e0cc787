namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>511: two adopters (NB_ADOPTR 2) cannot have a single adopter's sex code (M1 or F1).</summary>
public sealed class Rule511 : CareHistoryRule
{
    public override string Code => "511";
    public override string Message => "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Ad1
            .Where(a => Ssda903Values.Code(a.NB_ADOPTR) == "2" && Ssda903Values.Code(a.SEX_ADOPTR) is "M1" or "F1")
            .SelectMany(a => this.Cells(a, Ssda903Table.Ad1, nameof(Ad1Row.NB_ADOPTR), nameof(Ad1Row.SEX_ADOPTR)));
}
