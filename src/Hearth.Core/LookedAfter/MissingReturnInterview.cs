namespace Hearth.Core.LookedAfter;

/// <summary>Where a return home interview stands against the 72 hours, at one instant.</summary>
/// <param name="Due">The return plus exactly 72 hours, UTC.</param>
/// <param name="Overdue">Past due and the interview neither offered nor held.</param>
/// <param name="HeldWithin72Hours">Held, and held no later than <paramref name="Due"/>; null when not held.</param>
/// <param name="HoursRemaining">Whole hours left until due, rounded down (negative once overdue), while nothing is offered or held.</param>
public sealed record ReturnInterviewStanding(DateTime Due, bool Overdue, bool? HeldWithin72Hours, bool? OfferedWithin72Hours, int? HoursRemaining);

/// <summary>
/// The 72-hour rule for the return home interview: "an independent return interview ... should be
/// offered ... within 72 hours of returning to their home or care setting" (SG Children who run away or go
/// missing from home or care, DfE 2014, para 47; timescales.md section 9). The rule is in hours, so it is
/// counted in elapsed time between two instants, never in dates: due = return + 72 hours exactly.
/// </summary>
/// <remarks>
/// All instants are UTC, so a change of the clocks changes nothing here: 72 hours are 72 elapsed hours.
/// Across the autumn change (25 October 2026, 02:00 BST becomes 01:00 GMT) a child back at 23:30 BST on
/// Friday 23 October (22:30 UTC) is due at 22:30 UTC on Monday 26 October, which England's clocks show as
/// 22:30 GMT: the wall clock says 71 hours, because the hour 01:00-02:00 on the Sunday was lived twice.
/// </remarks>
public static class ReturnInterviewTimeliness
{
    public static readonly TimeSpan Within = TimeSpan.FromHours(72);

    /// <summary>The instant the interview is due: the return plus exactly 72 hours.</summary>
    public static DateTime DueAt(DateTime returnedAt) => Utc(returnedAt) + Within;

    /// <summary>True when the interview was held no later than 72 hours after the return (on the minute is in time).</summary>
    public static bool HeldWithin72Hours(DateTime returnedAt, DateTime heldAt) => Utc(heldAt) <= DueAt(returnedAt);

    /// <summary>
    /// Late when <paramref name="now"/> is past the due instant and the interview has been neither offered nor
    /// held: the duty is to offer, so an interview offered in time and declined is not overdue.
    /// </summary>
    public static bool IsOverdue(DateTime returnedAt, DateTime? offeredAt, DateTime? heldAt, DateTime now) =>
        offeredAt is null && heldAt is null && Utc(now) > DueAt(returnedAt);

    public static ReturnInterviewStanding Standing(DateTime returnedAt, DateTime? offeredAt, DateTime? heldAt, DateTime now)
    {
        var due = DueAt(returnedAt);
        int? remaining = null;
        if (offeredAt is null && heldAt is null)
        {
            // Whole hours left, rounded down: 30 minutes left is 0 hours, 30 minutes overdue is -1.
            remaining = (int)Math.Floor((due - Utc(now)).TotalHours);
        }
        // Held implies offered: the earlier of the two is when the child was first offered one.
        var offered = offeredAt is { } o && heldAt is { } h ? (o < h ? o : h) : offeredAt ?? heldAt;
        return new ReturnInterviewStanding(due, IsOverdue(returnedAt, offeredAt, heldAt, now),
            heldAt is { } held ? HeldWithin72Hours(returnedAt, held) : null,
            offered is { } first ? Utc(first) <= due : null,
            remaining);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
