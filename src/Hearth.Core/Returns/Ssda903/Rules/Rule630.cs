namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 630: a child who started to be looked after this year (an episode with RNE S starting on or after
/// 1 April) needs a PrevPerm row with PREV_PERM; unless that is Z1 (none), LA_PERM and DATE_PERM too.
/// Flags the starting episode's RNE.
/// </summary>
public sealed class Rule630 : Ssda903Rule
{
    public override string Code => "630";
    public override string Message => "Information on previous permanence option should be returned.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var prevPerm = context.Current.PrevPerm.ToLookup(p => Ssda903Values.Code(p.CHILD));
        return context.Current.Episodes
            .Where(e => Ssda903Values.Code(e.RNE) == "S" && Ssda903Date.Parse(e.DECOM) >= context.CollectionStart)
            .Where(e => prevPerm[Ssda903Values.Code(e.CHILD)].ToList() is var rows
                && (rows.Count == 0 || rows.Any(Incomplete)))
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.RNE), e.RNE));
    }

    private static bool Incomplete(PrevPermRow row) =>
        Ssda903Values.IsBlank(row.PREV_PERM)
        || (Ssda903Values.Code(row.PREV_PERM) != "Z1" && (Ssda903Values.IsBlank(row.LA_PERM) || Ssda903Values.IsBlank(row.DATE_PERM)));
}
