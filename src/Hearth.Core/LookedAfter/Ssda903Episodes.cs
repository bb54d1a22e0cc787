namespace Hearth.Core.LookedAfter;

/// <summary>One SSDA903 episode (a row of the Episodes table), derived from a period of care.</summary>
public sealed record DerivedEpisode(
    DateOnly Start,
    string ReasonForNewEpisode,
    string LegalStatus,
    string CategoryOfNeed,
    string Place,
    string? Provider,
    DateOnly? End,
    string? ReasonCeased,
    string? ReasonPlaceChange,
    string? HomePostcode,
    string? PlacementPostcode,
    string? Urn);

/// <summary>
/// SSDA903 episodes from a period of care. A new episode starts whenever the legal status or the placement changes,
/// and its "reason for new episode" (RNE, statutory-data.md B.2) says what changed: S the child started to be looked
/// after; L the legal status only; P the placement and the carer; T the placement, with the same carer; B the legal
/// status, the placement and the carer together; U the legal status and the placement, with the same carer. An episode
/// ended by the next one ends the same day with REC "X1", and carries the reason the child moved when the placement
/// changed; the last ends with the period, or stays open. A period imported from a return that began before the
/// file's year starts with the RNE the file gave it (<see cref="PeriodOfCare.FirstEpisodeReason"/>), not S.
/// </summary>
public static class Ssda903Episodes
{
    public const string EndsWithNewEpisode = "X1";

    public static IReadOnlyList<DerivedEpisode> Derive(PeriodOfCare period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var statuses = period.LegalStatuses.OrderBy(s => s.From).ToList();
        var placements = period.Placements.OrderBy(p => p.From).ToList();
        if (statuses.Count == 0 || placements.Count == 0 || statuses[0].From != period.Start || placements[0].From != period.Start)
        {
            throw new ArgumentException("A period of care starts with a legal status and a placement on its first day.", nameof(period));
        }
        if (period.End is { } end && (statuses[^1].From > end || placements[^1].From > end))
        {
            throw new ArgumentException("A legal status or placement cannot start after the period of care ends.", nameof(period));
        }

        var changes = statuses.Select(s => s.From).Concat(placements.Select(p => p.From)).Distinct().Order().ToList();
        var episodes = new List<DerivedEpisode>();
        LegalStatusSpell? previousStatus = null;
        PlacementSpell? previousPlacement = null;
        foreach (var day in changes)
        {
            var status = statuses.Last(s => s.From <= day);
            var placement = placements.Last(p => p.From <= day);
            var reason = previousStatus is null
                ? period.FirstEpisodeReason ?? "S"
                : ReasonForNewEpisode(status != previousStatus, placement != previousPlacement, placement.Carer != previousPlacement!.Carer);
            if (episodes.Count > 0)
            {
                // The episode before ends the day this one starts (X1), saying why the child moved if they did.
                episodes[^1] = episodes[^1] with
                {
                    End = day,
                    ReasonCeased = EndsWithNewEpisode,
                    ReasonPlaceChange = placement != previousPlacement ? placement.ReasonForMove : null,
                };
            }
            episodes.Add(new DerivedEpisode(day, reason, status.Code, period.CategoryOfNeed, placement.Place, placement.Provider,
                period.End, period.End is null ? null : period.ReasonCeased, null, period.HomePostcode, placement.Postcode, placement.Urn));
            (previousStatus, previousPlacement) = (status, placement);
        }
        return episodes;
    }

    /// <summary>The episode as a row of the return's Episodes table (dd/mm/yyyy dates, statutory-data.md B.1).</summary>
    public static Returns.Ssda903.EpisodeRow ToRow(string child, int row, DerivedEpisode e) => new()
    {
        Row = row,
        CHILD = child,
        DECOM = Returns.Ssda903.Ssda903Date.Write(e.Start),
        RNE = e.ReasonForNewEpisode,
        LS = e.LegalStatus,
        CIN = e.CategoryOfNeed,
        PLACE = e.Place,
        PLACE_PROVIDER = e.Provider,
        DEC = Returns.Ssda903.Ssda903Date.Write(e.End),
        REC = e.ReasonCeased,
        REASON_PLACE_CHANGE = e.ReasonPlaceChange,
        HOME_POST = e.HomePostcode,
        PL_POST = e.PlacementPostcode,
        URN = e.Urn,
    };

    private static string ReasonForNewEpisode(bool legalStatusChanged, bool placementChanged, bool carerChanged) =>
        (legalStatusChanged, placementChanged, carerChanged) switch
        {
            (true, false, _) => "L",
            (false, true, true) => "P",
            (false, true, false) => "T",
            (true, true, true) => "B",
            (true, true, false) => "U",
            _ => throw new InvalidOperationException("An episode starts only when the legal status or the placement changes."),
        };
}
