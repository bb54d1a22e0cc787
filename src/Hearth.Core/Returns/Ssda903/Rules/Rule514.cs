namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>514: a single adopter (L0) must have sex of adopters M1 or F1.</summary>
public sealed class Rule514 : CareHistoryRule
{
    private static readonly HashSet<string> Allowed = ["M1", "F1"];

    public override string Code => "514";
    public override string Message => "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Ad1
            .Where(a => Ssda903Values.Code(a.LS_ADOPTR) == "L0" && !Allowed.Contains(Ssda903Values.Code(a.SEX_ADOPTR)))
            .SelectMany(a => this.Cells(a, Ssda903Table.Ad1, nameof(Ad1Row.LS_ADOPTR), nameof(Ad1Row.SEX_ADOPTR)));
}
