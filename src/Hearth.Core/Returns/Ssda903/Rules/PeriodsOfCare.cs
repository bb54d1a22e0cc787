namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// A child's periods of care (statutory-data.md B: a period of care is a run of episodes with no break
/// in care between them): consecutive episodes are joined while each starts on or before the day the one
/// before it ends; End is null while the last episode is open (577, 578, 581).
/// </summary>
internal static class PeriodsOfCare
{
    /// <summary>The child's periods of care in start order. Episodes with no readable start are left out.</summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly? End)> Of(IEnumerable<EpisodeRow> episodes)
    {
        var periods = new List<(DateOnly Start, DateOnly? End)>();
        foreach (var e in episodes.Where(e => Ssda903Date.Parse(e.DECOM) is not null).OrderBy(e => Ssda903Date.Parse(e.DECOM)))
        {
            var start = Ssda903Date.Parse(e.DECOM)!.Value;
            var end = Ssda903Date.Parse(e.DEC);
            if (periods.Count > 0 && periods[^1].End is { } last && start <= last)
            {
                periods[^1] = (periods[^1].Start, end);
            }
            else
            {
                periods.Add((start, end));
            }
        }

        return periods;
    }

    /// <summary>Whether <paramref name="date"/> falls in the period (an open period runs on).</summary>
    public static bool Within((DateOnly Start, DateOnly? End) period, DateOnly date) =>
        date >= period.Start && (period.End is null || date <= period.End);
}
