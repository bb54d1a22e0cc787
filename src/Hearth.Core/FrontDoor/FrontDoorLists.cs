using Hearth.Core.Audit;
using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.FrontDoor;

public sealed record HandoverRow(Guid ContactId, string Reference, DateTime ReceivedAt, ContactType Type, RagRating? Rag,
    ContactStatus Status, ThresholdOutcome? Outcome, int Children);

public sealed record AwaitingFeedbackRow(Guid ContactId, string Reference, string ReferrerName, string? ReferrerOrganisation,
    ThresholdOutcome Outcome, DateTime DecidedAt, int DaysSinceDecision, bool OutcomeLetterWritten);

public sealed record AwaitingFeedbackList(IReadOnlyList<AwaitingFeedbackRow> Rows, int Total);

/// <summary>
/// The front door's two working lists besides the queue: the morning handover of contacts the
/// emergency duty team took overnight, and the decided contacts whose referrer has not been told the
/// outcome (WT23 ch.3: the referrer is told; an Ofsted letter found referrers who never were).
/// Neither names a child, so restricted records show only as a reference that opens to "not found".
/// </summary>
public sealed class FrontDoorLists(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>The most rows the awaiting-feedback list shows, oldest first; the total is always counted.</summary>
    public const int MaxAwaitingFeedback = 200;

    public async Task<IReadOnlyList<HandoverRow>> HandoverAsync(DateOnly date, ProcessContext ctx, CancellationToken ct = default)
    {
        var rows = await db.Contacts.AsNoTracking()
            .Where(c => c.OutOfHours && c.HandoverDate == date)
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Reference)
            .Select(c => new HandoverRow(c.Id, c.Reference, c.ReceivedAt, c.Type, c.Rag, c.Status,
                c.Decision == null ? null : c.Decision.Outcome, c.Children.Count))
            .ToListAsync(ct);
        events.Accessed(ctx, AccessKind.ViewedFrontDoorQueue, null, $"Out-of-hours handover for {date:yyyy-MM-dd}", resultCount: rows.Count);
        await db.SaveChangesAsync(ct);
        return rows;
    }

    /// <summary>
    /// Decided contacts with no outcome letter recorded as sent. Anonymous contacts are left out:
    /// there is no one to write to.
    /// </summary>
    public async Task<AwaitingFeedbackList> AwaitingFeedbackAsync(ProcessContext ctx, CancellationToken ct = default)
    {
        var awaiting = db.Contacts.AsNoTracking()
            .Where(c => c.Status == ContactStatus.Decided && c.ReferralSourceCode != "9")
            .Where(c => !c.Letters.Any(l => l.Kind == LetterKind.Outcome && l.SentOn != null));
        var total = await awaiting.CountAsync(ct);
        var contacts = await awaiting
            .OrderBy(c => c.Decision!.DecidedAt).ThenBy(c => c.Reference)
            .Take(MaxAwaitingFeedback)
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Referrer.Name,
                c.Referrer.Organisation,
                c.Decision!.Outcome,
                c.Decision.DecidedAt,
                LetterWritten = c.Letters.Any(l => l.Kind == LetterKind.Outcome),
            })
            .ToListAsync(ct);
        var today = clock.TodayInEngland();
        var rows = contacts.Select(c => new AwaitingFeedbackRow(c.Id, c.Reference, c.Name, c.Organisation, c.Outcome, c.DecidedAt,
            today.DayNumber - DateOnly.FromDateTime(EnglandClock.ToEnglandTime(c.DecidedAt)).DayNumber, c.LetterWritten)).ToList();
        events.Accessed(ctx, AccessKind.ViewedFrontDoorQueue, null, "Referrers awaiting feedback", resultCount: rows.Count);
        await db.SaveChangesAsync(ct);
        return new AwaitingFeedbackList(rows, total);
    }
}
