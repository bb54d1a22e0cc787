namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>551: a child placed for adoption (A3 to A6) needs a PlacedAdoption row with the date of the decision to place.</summary>
public sealed class Rule551 : CareHistoryRule
{
    public override string Code => "551";
    public override string Message => "Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var decided = context.Current.PlacedAdoption.Where(p => !Ssda903Values.IsBlank(p.DATE_PLACED)).Select(p => Ssda903Values.Code(p.CHILD)).ToHashSet();
        return context.Current.Episodes
            .Where(e => EpisodeCodes.PlacedForAdoption.Contains(Ssda903Values.Code(e.PLACE)) && !decided.Contains(Ssda903Values.Code(e.CHILD)))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE)));
    }
}
