using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Chronology;

/// <summary>One line of a child's chronology: when, who or which service, what happened, and its significance.</summary>
public sealed record ChronologyLine(long EventId, DateOnly Date, string Source, string WhatHappened, bool Manual, bool Significant, string? Impact);

/// <summary>Filters a worker sets on the chronology; null means no filter.</summary>
public sealed record ChronologyFilter(bool SignificantOnly = false, DateOnly? From = null, DateOnly? To = null, string? Source = null)
{
    public static readonly ChronologyFilter None = new();
}

public sealed record ChronologyView(IReadOnlyList<ChronologyLine> Lines, IReadOnlyList<string> Sources, int Total);

/// <summary>
/// A child's chronology, built from the record's process events (DESIGN.md idea 2) rather than typed
/// up separately: contacts, referrals, decisions, assessments, conferences, plans, visits and
/// management direction appear the moment they are recorded, with what workers added from other
/// agencies. Merged duplicates' events are included, as in the history.
/// </summary>
public sealed class ChildChronology(HearthDbContext db)
{
    public async Task<ChronologyView> ForAsync(Guid personId, ChronologyFilter filter, CancellationToken ct = default)
    {
        var ids = await db.People.Where(p => p.Id == personId || p.MergedIntoId == personId).Select(p => p.Id).ToListAsync(ct);
        // One query driven by the subjects' person index: allow-listed types, or any casework area's events.
        var rows = await db.ProcessEvents.AsNoTracking()
            .Where(e => db.ProcessEventSubjects.Where(s => ids.Contains(s.PersonId)).Select(s => s.ProcessEventId).Contains(e.Id))
            .Where(ChronologyWorthy())
            .Select(e => new { e.Id, e.OccurredAt, e.Process, e.EventType, e.Payload })
            .ToListAsync(ct);
        var annotations = await db.ChronologyAnnotations.AsNoTracking()
            .Where(a => ids.Contains(a.PersonId))
            .ToDictionaryAsync(a => a.ProcessEventId, ct);

        var all = rows
            .Where(r => !ChronologyEventTypes.Excluded.Any(word => r.EventType.Contains(word, StringComparison.Ordinal)))
            .Select(r =>
            {
                var line = Describe(r.Id, r.OccurredAt, r.Process, r.EventType, r.Payload);
                return annotations.TryGetValue(r.Id, out var a) ? line with { Significant = a.Significant, Impact = a.Impact } : line;
            })
            .OrderBy(l => l.Date).ThenBy(l => l.EventId)
            .ToList();
        var lines = all
            .Where(l => !filter.SignificantOnly || l.Significant)
            .Where(l => filter.From is not { } from || l.Date >= from)
            .Where(l => filter.To is not { } to || l.Date <= to)
            .Where(l => string.IsNullOrEmpty(filter.Source) || l.Source == filter.Source)
            .ToList();
        var sources = all.Select(l => l.Source).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ChronologyView(lines, sources, all.Count);
    }

    /// <summary><c>e.EventType in (allow-list) or e.Process like 'Assessment.%' or ...</c>, built once.</summary>
    private static Expression<Func<ProcessEvent, bool>> ChronologyWorthy()
    {
        var e = Expression.Parameter(typeof(ProcessEvent), "e");
        var types = ChronologyEventTypes.AllowList.ToList();
        Expression body = Expression.Call(Expression.Constant(types), typeof(List<string>).GetMethod(nameof(List<string>.Contains))!,
            Expression.Property(e, nameof(ProcessEvent.EventType)));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        foreach (var area in ChronologyEventTypes.CaseworkAreas)
        {
            body = Expression.OrElse(body, Expression.Call(Expression.Property(e, nameof(ProcessEvent.Process)), startsWith, Expression.Constant(area + ".")));
        }
        return Expression.Lambda<Func<ProcessEvent, bool>>(body, e);
    }

    /// <summary>One entry by its event id, if it is in this child's chronology.</summary>
    public async Task<ChronologyLine?> EntryAsync(Guid personId, long eventId, CancellationToken ct = default) =>
        (await ForAsync(personId, ChronologyFilter.None, ct)).Lines.FirstOrDefault(l => l.EventId == eventId);

    // Where the event says when the thing happened, that date; otherwise the day it was recorded.
    // Dates of the act itself come first: an authorisation is dated when authorised, not by the
    // assessment's start date that its snapshot also carries.
    private static readonly string[] DateFields = ["authorisedOn", "submittedOn", "outcomeDate", "sentOn", "acceptedOn", "closeDate", "endDate",
        "date", "decidedAt", "referralDate", "respondedAt", "requestedOn", "closedOn", "stepDate", "receivedAt", "noteDate", "startDate", "heldOn"];

    private static ChronologyLine Describe(long id, DateTime occurredAt, string process, string eventType, string payload)
    {
        using var json = JsonDocument.Parse(payload);
        var root = json.RootElement;
        var summary = root.TryGetProperty("summary", out var s) ? s.GetString() ?? eventType : eventType;
        var date = FindDate(root) ?? DateOnly.FromDateTime(EnglandClock.ToEnglandTime(occurredAt));
        if (eventType == ChronologyEventTypes.ChronologyEntryAdded)
        {
            var source = root.TryGetProperty("source", out var src) ? src.GetString() ?? "" : "";
            var what = root.TryGetProperty("whatHappened", out var w) ? w.GetString() ?? "" : summary;
            return new ChronologyLine(id, date, source, what, Manual: true, Significant: false, Impact: null);
        }
        return new ChronologyLine(id, date, ChronologyEventTypes.SourceOf(process), summary, Manual: false, Significant: false, Impact: null);
    }

    private static DateOnly? FindDate(JsonElement root)
    {
        foreach (var scope in new[] { root, root.TryGetProperty("new", out var n) && n.ValueKind == JsonValueKind.Object ? n : default })
        {
            if (scope.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            foreach (var field in DateFields)
            {
                if (scope.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && ParseDate(value.GetString()!) is { } date)
                {
                    return date;
                }
            }
        }
        return null;
    }

    private static DateOnly? ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            return DateOnly.FromDateTime(EnglandClock.ToEnglandTime(DateTime.SpecifyKind(at, DateTimeKind.Utc)));
        }
        return null;
    }
}
