namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1001: care leaver information is for relevant and former relevant children: looked after for at
/// least 13 weeks (91 days) since their 14th birthday, some of it after their 16th, and not adopted.
/// Counts this year's and last year's episodes (so needs last year's return: none, no findings),
/// leaving out short breaks (V3/V4) and counting an open episode to 31 March. Children 20 or over on
/// 31 March, with no valid date of birth in the header, or with no episodes at all (1002) are not checked.
/// Flags the completed OC3 cells.
/// </summary>
public sealed class Rule1001 : Ssda903Rule
{
    private const int ThirteenWeeks = 91;

    public override string Code => "1001";
    public override string Message => "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            return [];
        }
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes
                .Concat(context.Previous.Episodes)
                .Where(e => e.CHILD is not null)
                .GroupBy(e => (Ssda903Values.Code(e.CHILD), Ssda903Date.Parse(e.DECOM)))
                .Select(same => same.OrderBy(e => Ssda903Values.IsBlank(e.DEC)).First()));
        var births = context.Current.Header
            .Where(h => h.CHILD is not null && Ssda903Date.Parse(h.DOB) is not null)
            .GroupBy(h => h.CHILD!.Trim())
            .ToDictionary(g => g.Key, g => Ssda903Date.Parse(g.First().DOB)!.Value);
        return context.Current.Oc3
            .Where(o => births.TryGetValue(Ssda903Values.Code(o.CHILD), out var dob) && dob.AddYears(20) > context.CollectionEnd
                && episodes[Ssda903Values.Code(o.CHILD)].ToList() is { Count: > 0 } history && !Relevant(history, dob, context))
            .SelectMany(CareHistory.CareLeaverCells)
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
    }

    private static bool Relevant(List<EpisodeRow> history, DateOnly dob, Ssda903Context context)
    {
        if (EpisodeCodes.Adopted.Contains(Ssda903Values.Code(history[^1].REC)))
        {
            return false;
        }
        var counted = history.Where(e => Ssda903Values.Code(e.LS) is not ("V3" or "V4")).ToList();
        return DaysSince(counted, dob.AddYears(14), context) >= ThirteenWeeks && DaysSince(counted, dob.AddYears(16), context) >= 1;
    }

    private static int DaysSince(List<EpisodeRow> episodes, DateOnly from, Ssda903Context context) =>
        episodes.Sum(e =>
        {
            var start = Ssda903Date.Parse(e.DECOM)!.Value;
            var end = Ssda903Date.Parse(e.DEC) ?? context.CollectionEnd;
            return Math.Max(0, end.DayNumber - (start > from ? start : from).DayNumber);
        });
}
