namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>582: when care ends in adoption (E11 or E12), the date of matching (AD1 DATE_MATCH) is expected before the adoption, not the same day.</summary>
public sealed class Rule582 : CareHistoryRule
{
    public override string Code => "582";
    public override string Message => "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var matches = context.Current.Ad1.ToLookup(a => Ssda903Values.Code(a.CHILD));
        return context.Current.Episodes
            .Where(e => Ssda903Values.Code(e.REC) is "E11" or "E12" && Ssda903Values.Date(e.DEC) is not null)
            .SelectMany(e => matches[Ssda903Values.Code(e.CHILD)]
                .Where(a => Ssda903Values.Date(a.DATE_MATCH) == Ssda903Values.Date(e.DEC))
                .SelectMany(a => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.DEC)).Concat(this.Cells(a, Ssda903Table.Ad1, nameof(Ad1Row.DATE_MATCH)))))
            .Distinct();
    }
}
