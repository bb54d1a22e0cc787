using System.Text.Json;
using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Audit;

public sealed record HistoryEntry(DateTime OccurredAt, string UserName, string EventType, string Summary, string? Reason,
    IReadOnlyList<FieldChange> Changes);

/// <summary>
/// A person's history, read from process_events: everything that was done to their record, by whom,
/// when and why, including what happened on any duplicate record later merged into theirs.
/// </summary>
public sealed class PersonHistory(HearthDbContext db)
{
    public async Task<IReadOnlyList<HistoryEntry>> ForAsync(Guid personId, int limit = 500, CancellationToken ct = default)
    {
        var ids = await db.People.Where(p => p.Id == personId || p.MergedIntoId == personId).Select(p => p.Id).ToListAsync(ct);
        var rows = await db.ProcessEvents.AsNoTracking()
            .Where(e => e.Subjects.Any(s => ids.Contains(s.PersonId)))
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(limit)
            .ToListAsync(ct);
        return rows.Select(Describe).ToList();
    }

    public async Task<IReadOnlyList<AccessEvent>> AccessLogAsync(Guid personId, int limit = 500, CancellationToken ct = default) =>
        await db.AccessEvents.AsNoTracking()
            .Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(limit)
            .ToListAsync(ct);

    /// <summary>Reads the summary and changes out of the stored JSON without needing the event's CLR type.</summary>
    private static HistoryEntry Describe(ProcessEvent e)
    {
        using var json = JsonDocument.Parse(e.Payload);
        var root = json.RootElement;
        var changes = new List<FieldChange>();
        if (root.TryGetProperty("changes", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            changes.AddRange(list.EnumerateArray().Select(c => new FieldChange(
                c.GetProperty("field").GetString() ?? "",
                c.TryGetProperty("old", out var o) ? o.ToString() : null,
                c.TryGetProperty("new", out var n) ? n.ToString() : null)));
        }
        var summary = root.TryGetProperty("summary", out var s) ? s.GetString() ?? e.EventType : e.EventType;
        return new HistoryEntry(e.OccurredAt, e.UserName, e.EventType, summary, e.Reason, changes);
    }
}
