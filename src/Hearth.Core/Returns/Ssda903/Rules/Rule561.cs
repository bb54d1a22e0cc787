namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>561: a decision reported again this year (same DATE_PLACED) cannot be one that last year's return showed had ceased. Needs last year's return.</summary>
public sealed class Rule561 : CareHistoryRule
{
    public override string Code => "561";
    public override string Message => "Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var lastYear = LastYearsDecisions(context);
        return context.Current.PlacedAdoption
            .Where(p => !Ssda903Values.IsBlank(p.DATE_PLACED) && lastYear[Ssda903Values.Code(p.CHILD)].Any(l => SameDate(l.DATE_PLACED, p.DATE_PLACED)
                && (!Ssda903Values.IsBlank(l.DATE_PLACED_CEASED) || !Ssda903Values.IsBlank(l.REASON_PLACED_CEASED))))
            .SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED)));
    }
}
