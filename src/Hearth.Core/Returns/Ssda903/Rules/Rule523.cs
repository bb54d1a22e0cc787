namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>523: the decision to place for adoption (DATE_PLACED) and the best-interests decision (AD1 DATE_INT) should be the same day; both must be dates to compare.</summary>
public sealed class Rule523 : CareHistoryRule
{
    public override string Code => "523";
    public override string Message => "Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var decisions = context.Current.Ad1.Where(a => Ssda903Values.Date(a.DATE_INT) is not null).ToLookup(a => Ssda903Values.Code(a.CHILD));
        return context.Current.PlacedAdoption
            .Where(p => Ssda903Values.Date(p.DATE_PLACED) is not null)
            .SelectMany(p => decisions[Ssda903Values.Code(p.CHILD)]
                .Where(a => Ssda903Values.Date(a.DATE_INT) != Ssda903Values.Date(p.DATE_PLACED))
                .SelectMany(a => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED))
                    .Concat(this.Cells(a, Ssda903Table.Ad1, nameof(Ad1Row.DATE_INT)))))
            .Distinct();
    }
}
