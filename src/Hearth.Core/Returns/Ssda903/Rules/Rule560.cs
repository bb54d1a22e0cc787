namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>560: when last year's decision to place for adoption was still open (no DATE_PLACED_CEASED), this year must report it with the same DATE_PLACED; each row of the child's is flagged when none does. Needs last year's return.</summary>
public sealed class Rule560 : CareHistoryRule
{
    public override string Code => "560";
    public override string Message => "Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var lastYear = LastYearsDecisions(context);
        return context.Current.PlacedAdoption
            .GroupBy(p => Ssda903Values.Code(p.CHILD))
            .Where(child => lastYear[child.Key].Any(l => !Ssda903Values.IsBlank(l.DATE_PLACED) && Ssda903Values.IsBlank(l.DATE_PLACED_CEASED)
                && !child.Any(p => SameDate(p.DATE_PLACED, l.DATE_PLACED))))
            .SelectMany(child => child)
            .SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED), nameof(PlacedAdoptionRow.DATE_PLACED_CEASED)));
    }
}
