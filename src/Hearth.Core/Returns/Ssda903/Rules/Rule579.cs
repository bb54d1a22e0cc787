namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>579: a child's decisions to place for adoption, in date order, must not overlap: each is flagged when the one before is still open (no DATE_PLACED_CEASED) or ceased after it was made.</summary>
public sealed class Rule579 : CareHistoryRule
{
    public override string Code => "579";
    public override string Message => "A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        StartsBeforePreviousEnds(
                context.Current.PlacedAdoption
                    .GroupBy(p => Ssda903Values.Code(p.CHILD))
                    .Select(child => child.OrderBy(p => Ssda903Values.Date(p.DATE_PLACED) ?? DateOnly.MaxValue).ToList()),
                p => p.DATE_PLACED, p => p.DATE_PLACED_CEASED)
            .SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED), nameof(PlacedAdoptionRow.DATE_PLACED_CEASED)));
}
