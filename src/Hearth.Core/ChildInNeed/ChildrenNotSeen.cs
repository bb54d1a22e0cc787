using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.ChildInNeed;

/// <summary>When the child was last seen on a visit; null when not since the referral.</summary>
public sealed record LastSeen(Guid PersonId, DateOnly? Date, bool Alone, DateOnly ReferralDate)
{
    public int? DaysAgo(DateOnly today) => Date is { } d ? today.DayNumber - d.DayNumber : null;
}

/// <summary>A child on an open episode whose visiting frequency has run out since they were last seen (or since the referral).</summary>
public sealed record ChildNotSeen(Guid PersonId, Guid EpisodeId, Guid? TeamId, DateOnly? LastSeen, DateOnly DueBy, int VisitingFrequencyWorkingDays);

/// <summary>
/// "Children not seen within their visiting frequency": for each open CIN episode, the date the
/// child was last seen (a visit where the child was seen), counted on by the episode's frequency in
/// working days. Work trays read it; the child's summary shows the last-seen date.
/// </summary>
public sealed class ChildrenNotSeen(HearthDbContext db, IWorkingDayCalendar calendar, ChildInNeedOptions options)
{
    /// <summary>Children (of <paramref name="people"/>, or everyone when null) not seen within their frequency as of <paramref name="today"/>.</summary>
    public async Task<IReadOnlyList<ChildNotSeen>> ForAsync(IReadOnlyCollection<Guid>? people, DateOnly today, CancellationToken ct = default)
    {
        var episodes = db.CinEpisodes.AsNoTracking().Where(e => e.CloseDate == null);
        if (people is not null)
        {
            episodes = episodes.Where(e => people.Contains(e.PersonId));
        }
        var open = await episodes
            .Select(e => new
            {
                e.Id,
                e.PersonId,
                e.TeamId,
                e.ReferralDate,
                e.VisitingFrequencyWorkingDays,
                LastSeen = db.Visits.Where(v => v.PersonId == e.PersonId && v.ChildSeen).Max(v => (DateOnly?)v.Date),
            })
            .ToListAsync(ct);
        return open
            .Select(e => (e, Frequency: e.VisitingFrequencyWorkingDays ?? options.VisitingFrequencyWorkingDays))
            .Select(x => new ChildNotSeen(x.e.PersonId, x.e.Id, x.e.TeamId, x.e.LastSeen,
                WorkingDays.AddWorkingDays(x.e.LastSeen ?? x.e.ReferralDate, x.Frequency, calendar), x.Frequency))
            .Where(c => c.DueBy < today)
            .OrderBy(c => c.DueBy)
            .ToList();
    }

    /// <summary>The child's last-seen date for the summary; null when the child has never had a CIN episode.</summary>
    public async Task<LastSeen?> LastSeenAsync(Guid personId, CancellationToken ct = default)
    {
        var referral = await db.CinEpisodes.AsNoTracking().Where(e => e.PersonId == personId)
            .OrderByDescending(e => e.ReferralDate).Select(e => (DateOnly?)e.ReferralDate).FirstOrDefaultAsync(ct);
        if (referral is not { } referralDate)
        {
            return null;
        }
        // "Not seen since the referral" is about the latest referral: a visit before it does not count.
        var visit = await db.Visits.AsNoTracking().Where(v => v.PersonId == personId && v.ChildSeen && v.Date >= referralDate)
            .OrderByDescending(v => v.Date).ThenByDescending(v => v.RecordedAt).Select(v => new { v.Date, v.SeenAlone }).FirstOrDefaultAsync(ct);
        return new LastSeen(personId, visit?.Date, visit?.SeenAlone ?? false, referralDate);
    }
}
