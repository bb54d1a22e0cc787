namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>563: a decision that has ceased (date and reason given) must have the date the decision to place was made.</summary>
public sealed class Rule563 : CareHistoryRule
{
    public override string Code => "563";
    public override string Message => "The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.PlacedAdoption
            .Where(p => !Ssda903Values.IsBlank(p.REASON_PLACED_CEASED) && !Ssda903Values.IsBlank(p.DATE_PLACED_CEASED) && Ssda903Values.IsBlank(p.DATE_PLACED))
            .SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED),
                nameof(PlacedAdoptionRow.REASON_PLACED_CEASED), nameof(PlacedAdoptionRow.DATE_PLACED_CEASED)));
}
