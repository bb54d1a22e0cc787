namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>521: the decision that adoption is in the child's best interests (AD1 DATE_INT) cannot come after any placement for adoption (A3 to A6) starts.</summary>
public sealed class Rule521 : CareHistoryRule
{
    public override string Code => "521";
    public override string Message => "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var decisions = context.Current.Ad1.ToLookup(a => Ssda903Values.Code(a.CHILD));
        return context.Current.Episodes
            .Where(e => EpisodeCodes.PlacedForAdoption.Contains(Ssda903Values.Code(e.PLACE)) && Ssda903Values.Date(e.DECOM) is not null)
            .SelectMany(e => decisions[Ssda903Values.Code(e.CHILD)]
                .Where(a => Ssda903Values.Date(a.DATE_INT) > Ssda903Values.Date(e.DECOM))
                .SelectMany(a => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.DECOM))
                    .Concat(this.Cells(a, Ssda903Table.Ad1, nameof(Ad1Row.DATE_INT)))))
            .Distinct();
    }
}
