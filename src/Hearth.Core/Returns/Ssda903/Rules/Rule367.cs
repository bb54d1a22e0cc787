namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 367: a child's respite (V3) episodes may total at most 75 days in the collection year. Each V3 episode
/// is cut to the year (start no earlier than 1 April, end, or no end, no later than 31 March); episodes with
/// an unreadable start or end are not counted. Flags LS, DECOM and DEC of every counted V3 episode of a
/// child over the limit.
/// </summary>
public sealed class Rule367 : Ssda903Rule
{
    private const int AllowedDays = 75;

    public override string Code => "367";
    public override string Message => "The maximum amount of respite care allowable is 75 days in any 12-month period.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.EpisodesOfEachChild(context.Current.Episodes)
            .Select(eps => eps.Where(e => Ssda903Values.IsCode(e.LS, "V3"))
                .Select(e => (Episode: e, Days: DaysInYear(e, context)))
                .Where(x => x.Days > 0)
                .ToList())
            .Where(eps => eps.Sum(x => x.Days) > AllowedDays)
            .SelectMany(eps => eps)
            .SelectMany(x => FindingCells.Named(x.Episode, nameof(EpisodeRow.LS), nameof(EpisodeRow.DECOM), nameof(EpisodeRow.DEC))
                .Select(c => Finding(x.Episode, Ssda903Table.Episodes, c.Field, c.Value)));

    private static int DaysInYear(EpisodeRow episode, Ssda903Context context)
    {
        if (EpisodeHistory.Start(episode) is not { } start || (Ssda903Values.IsFilled(episode.DEC) && EpisodeHistory.End(episode) is null))
        {
            return 0;
        }
        var end = EpisodeHistory.End(episode) is { } dec && dec <= context.CollectionEnd ? dec : context.CollectionEnd;
        var from = start < context.CollectionStart ? context.CollectionStart : start;
        return end.DayNumber - from.DayNumber;
    }
}
