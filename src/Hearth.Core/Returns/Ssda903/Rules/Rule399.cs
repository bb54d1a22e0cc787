namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 399: a child looked after only under respite (every episode V3 or V4) should have no MOTHER, reviews or
/// participation codes. As D2I, when any of those is there, the child's episodes (LS), Header rows (MOTHER)
/// and review rows (REVIEW, REVIEW_CODE) are all flagged.
/// </summary>
public sealed class Rule399 : Ssda903Rule
{
    public override string Code => "399";
    public override string Message => "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var ret = context.Current;
        var respiteOnly = ChildrenInReturn.EpisodesOfEachChild(ret.Episodes)
            .Where(eps => eps.All(e => EpisodeCodes.ShortBreaks.Is(e.LS)))
            .Select(eps => eps[0].CHILD!.Trim())
            .Where(child => ret.Header.Any(h => Of(h, child) && Ssda903Values.IsFilled(h.MOTHER))
                || ret.Reviews.Any(r => Of(r, child) && (Ssda903Values.IsFilled(r.REVIEW) || Ssda903Values.IsFilled(r.REVIEW_CODE))))
            .ToHashSet();
        return ret.Episodes.Where(e => e.In(respiteOnly))
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.LS), e.LS))
            .Concat(ret.Header.Where(h => h.In(respiteOnly))
                .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.MOTHER), h.MOTHER)))
            .Concat(ret.Reviews.Where(r => r.In(respiteOnly))
                .SelectMany(r => FindingCells.Named(r, nameof(ReviewRow.REVIEW), nameof(ReviewRow.REVIEW_CODE))
                    .Select(c => Finding(r, Ssda903Table.Reviews, c.Field, c.Value))));
    }

    private static bool Of(Ssda903Row row, string child) => Ssda903Values.Same(row.CHILD, child);
}
