namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>557: a child placed for adoption (A3 to A6) or on a placement order (E1) whose care ended other than by adoption (REC not E11, E12 or X1) needs the decision ceased: a PlacedAdoption row with DATE_PLACED_CEASED and REASON_PLACED_CEASED (2024-25 version).</summary>
public sealed class Rule557 : CareHistoryRule
{
    public override string Code => "557";
    public override string Message => "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var decisions = context.Current.PlacedAdoption.ToLookup(p => Ssda903Values.Code(p.CHILD));
        return context.Current.Episodes
            .Where(e => (EpisodeCodes.PlacedForAdoption.Contains(Ssda903Values.Code(e.PLACE)) || Ssda903Values.Code(e.LS) == "E1")
                && !Ssda903Values.IsBlank(e.REC) && Ssda903Values.Code(e.REC) is not ("E11" or "E12" or "X1"))
            .Select(e => (Episode: e, Open: decisions[Ssda903Values.Code(e.CHILD)]
                .Where(p => Ssda903Values.IsBlank(p.DATE_PLACED_CEASED) || Ssda903Values.IsBlank(p.REASON_PLACED_CEASED)).ToList()))
            .Where(x => x.Open.Count > 0 || !decisions[Ssda903Values.Code(x.Episode.CHILD)].Any())
            .SelectMany(x => this.Cells(x.Episode, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.LS), nameof(EpisodeRow.REC))
                .Concat(x.Open.SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption,
                    nameof(PlacedAdoptionRow.DATE_PLACED_CEASED), nameof(PlacedAdoptionRow.REASON_PLACED_CEASED)))))
            .Distinct();
    }
}
