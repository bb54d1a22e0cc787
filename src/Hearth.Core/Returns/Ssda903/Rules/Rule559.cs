namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>559: a decision to place for adoption made before this year must be in last year's return: a last-year PlacedAdoption row for the child with DATE_PLACED. Needs last year's return.</summary>
public sealed class Rule559 : CareHistoryRule
{
    public override string Code => "559";
    public override string Message => "Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            return [];
        }

        var lastYear = LastYearsDecisions(context);
        return context.Current.PlacedAdoption
            .Where(p => Ssda903Values.Date(p.DATE_PLACED) < context.CollectionStart && !lastYear[Ssda903Values.Code(p.CHILD)].Any(l => !Ssda903Values.IsBlank(l.DATE_PLACED)))
            .SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED)));
    }
}
