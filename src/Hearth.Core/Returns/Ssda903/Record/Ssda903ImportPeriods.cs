using Hearth.Core.LookedAfter;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// One child's Episodes rows turned back into periods of care with their legal statuses and placements, so that
/// <see cref="Ssda903Episodes.Derive"/> gives the same rows again:
/// <list type="bullet">
/// <item>Rows are read in DECOM order. A period starts at the first row, and after a row that ends other than with X1
/// on the day the next starts (REC X1 and DEC = the next DECOM join two episodes into one period).</item>
/// <item>A first row whose RNE is not S (the period began before the file's year) keeps its RNE as the period's
/// <see cref="CarePeriod.ImportedFirstEpisodeReason"/>.</item>
/// <item>A new legal status where LS changes or RNE is L, B or U; a new placement where PLACE, PLACE_PROVIDER, PL_POST or
/// URN changes or RNE is P, T, B or U, with the carer of the placement before when RNE is T or U, otherwise a carer not
/// known, named by the placement's start ("Carer not known (imported 2026-09-10)") so each is a different carer; the
/// REASON_PLACE_CHANGE of the row before is the new placement's reason for the move.</item>
/// <item>CIN and HOME_POST are the period's: the first row's CIN, the first HOME_POST given.</item>
/// </list>
/// Then each derived episode is compared with its row, and every cell the record will give back differently is noted
/// (RNE L where the placement changed too, REC on an open episode, a reason for a move with no move...): the file's
/// facts are kept as far as the record holds them, and the DfE rules report what was wrong.
/// </summary>
internal static class Ssda903ImportPeriods
{
    public const string RecordedBy = "Imported from SSDA903";

    private static readonly HashSet<string> StatusReasons = ["L", "B", "U"];
    private static readonly HashSet<string> PlacementReasons = ["P", "T", "B", "U"];
    private static readonly HashSet<string> SameCarerReasons = ["T", "U"];

    public static List<CarePeriod> From(IReadOnlyList<EpisodeRow> childRows, Guid personId, DateOnly yearStart, DateTime now,
        List<Ssda903ImportProblem> notes)
    {
        var rows = childRows.OrderBy(r => Ssda903Date.Parse(r.DECOM)).ThenBy(r => r.Row).ToList();
        var periods = new List<CarePeriod>();
        var group = new List<EpisodeRow>();
        foreach (var row in rows)
        {
            if (group.Count > 0 && !(group[^1].REC == Ssda903Episodes.EndsWithNewEpisode && group[^1].DEC == row.DECOM))
            {
                periods.Add(Period(group, personId, yearStart, now, notes));
                group = [];
            }
            group.Add(row);
        }
        if (group.Count > 0)
        {
            periods.Add(Period(group, personId, yearStart, now, notes));
        }
        return periods;
    }

    private static CarePeriod Period(List<EpisodeRow> rows, Guid personId, DateOnly yearStart, DateTime now, List<Ssda903ImportProblem> notes)
    {
        var first = rows[0];
        var last = rows[^1];
        var period = new CarePeriod
        {
            PersonId = personId,
            StartDate = Ssda903Date.Parse(first.DECOM)!.Value,
            CategoryOfNeed = first.CIN ?? "",
            HomePostcode = rows.Select(r => r.HOME_POST).FirstOrDefault(p => p is not null),
            EndDate = Ssda903Date.Parse(last.DEC),
            ReasonCeased = last.REC,
            ImportedFirstEpisodeReason = first.RNE is null or "S" ? null : first.RNE,
            Imported = true,
            RecordedAt = now,
            RecordedByName = RecordedBy,
        };
        var status = Status(period, first, now);
        var placement = NewPlacement(period, first, null, null, now);
        for (var i = 1; i < rows.Count; i++)
        {
            var (before, row) = (rows[i - 1], rows[i]);
            var reason = row.RNE ?? "";
            var placementChanged = row.PLACE != before.PLACE || row.PLACE_PROVIDER != before.PLACE_PROVIDER || row.PL_POST != before.PL_POST
                || row.URN != before.URN || PlacementReasons.Contains(reason);
            var statusChanged = row.LS != before.LS || StatusReasons.Contains(reason) || !placementChanged;
            if (statusChanged)
            {
                status = Status(period, row, now);
            }
            if (placementChanged)
            {
                placement = NewPlacement(period, row, SameCarerReasons.Contains(reason) ? placement.CarerName : null, before.REASON_PLACE_CHANGE, now);
            }
        }
        _ = status;
        Compare(rows, period, yearStart, notes);
        return period;
    }

    private static LegalStatusRecord Status(CarePeriod period, EpisodeRow row, DateTime now)
    {
        var status = new LegalStatusRecord
        {
            CarePeriodId = period.Id,
            PersonId = period.PersonId,
            From = Ssda903Date.Parse(row.DECOM)!.Value,
            Code = row.LS ?? "",
            RecordedAt = now,
            RecordedByName = RecordedBy,
        };
        period.LegalStatuses.Add(status);
        return status;
    }

    private static Placement NewPlacement(CarePeriod period, EpisodeRow row, string? sameCarer, string? reasonForMove, DateTime now)
    {
        var from = Ssda903Date.Parse(row.DECOM)!.Value;
        var placement = new Placement
        {
            CarePeriodId = period.Id,
            PersonId = period.PersonId,
            From = from,
            PlacementType = row.PLACE ?? "",
            Provider = row.PLACE_PROVIDER,
            CarerName = sameCarer ?? $"Carer not known (imported {from:yyyy-MM-dd})",
            Urn = row.URN,
            Postcode = row.PL_POST,
            ReasonForMove = reasonForMove,
            RecordedAt = now,
            RecordedByName = RecordedBy,
        };
        period.Placements.Add(placement);
        return placement;
    }

    /// <summary>Notes each cell the period's derived episodes give back differently from the file, and each row before the year.</summary>
    private static void Compare(List<EpisodeRow> rows, CarePeriod period, DateOnly yearStart, List<Ssda903ImportProblem> notes)
    {
        var derived = Ssda903Episodes.Derive(CarePeriodEpisodes.For(period));
        for (var i = 0; i < rows.Count; i++)
        {
            var file = rows[i];
            var child = file.CHILD!.Trim();
            void Note(string text) => notes.Add(new Ssda903ImportProblem(Ssda903Table.Episodes, file.Row, child, $"Episodes row {file.Row}: {text}"));
            if (Ssda903Date.Parse(file.DEC) < yearStart)
            {
                Note($"the episode ended {file.DEC}, before the year began; it is kept in child {child}'s period of care, but a return for the year lists only the episodes open in it.");
            }
            var back = Ssda903Episodes.ToRow(child, file.Row, derived[i]);
            var differences = Cells(back).Zip(Cells(file))
                .Where(pair => pair.First.Value != pair.Second.Value)
                .Select(pair => $"{pair.First.Column} {Shown(pair.First.Value)} (the file has {Shown(pair.Second.Value)})")
                .ToList();
            if (differences.Count > 0)
            {
                Note($"the record holds the facts of this episode as a period of care, legal statuses and placements; the episode derived from them has {string.Join(", ", differences)}.");
            }
        }
    }

    private static IEnumerable<(string Column, string? Value)> Cells(EpisodeRow r) =>
    [
        ("DECOM", r.DECOM), ("RNE", r.RNE), ("LS", r.LS.NullIfEmpty()), ("CIN", r.CIN.NullIfEmpty()), ("PLACE", r.PLACE.NullIfEmpty()),
        ("PLACE_PROVIDER", r.PLACE_PROVIDER), ("DEC", r.DEC), ("REC", r.REC), ("REASON_PLACE_CHANGE", r.REASON_PLACE_CHANGE),
        ("HOME_POST", r.HOME_POST), ("PL_POST", r.PL_POST), ("URN", r.URN),
    ];

    /// <summary>A cell's value for a note: quoted, or "blank".</summary>
    internal static string Shown(string? value) => string.IsNullOrEmpty(value) ? "blank" : $"'{value}'";

    private static string? NullIfEmpty(this string? value) => string.IsNullOrEmpty(value) ? null : value;
}
