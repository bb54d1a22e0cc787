using Hearth.Core.Data;
using Hearth.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

/// <summary>A child back from a missing or away episode whose return home interview is overdue or due soon.</summary>
public sealed record ReturnInterviewDue(Guid PersonId, string ChildName, string ChildReference, Guid MissingEpisodeId, MissingKind Kind,
    DateTime ReturnedAt, DateTime DueAt, int HoursRemaining)
{
    public bool Overdue => HoursRemaining < 0;
}

/// <summary>
/// The children whose return home interview has not been offered or held and is overdue, or falls due within the
/// next 24 hours (the 72 hours of SG Children who run away or go missing, DfE 2014; <see cref="ReturnInterviewTimeliness"/>),
/// most overdue first. Restricted children the user is not named on are left out (RecordVisibility); imported
/// episodes are history from an earlier system and never on the list.
/// </summary>
public sealed class MissingReturnInterviewsDue(HearthDbContext db)
{
    public static readonly TimeSpan DueSoon = TimeSpan.FromHours(24);

    public async Task<IReadOnlyList<ReturnInterviewDue>> ForAsync(Guid userId, DateTime now, CancellationToken ct = default)
    {
        // Returned before this instant means due before now + 24 hours.
        var returnedBefore = now + DueSoon - ReturnInterviewTimeliness.Within;
        var rows = await db.MissingEpisodes.AsNoTracking()
            .Where(m => !m.Imported && m.ReturnedAt != null && m.ReturnedAt < returnedBefore && m.InterviewOfferedAt == null && m.InterviewHeldAt == null)
            .Join(db.People.VisibleTo(userId), m => m.PersonId, p => p.Id, (m, p) => new
            {
                m.Id,
                m.PersonId,
                m.Kind,
                ReturnedAt = m.ReturnedAt!.Value,
                p.Reference,
                Name = p.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).Select(n => n.GivenNames + " " + n.FamilyName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows
            .Select(r =>
            {
                var standing = ReturnInterviewTimeliness.Standing(r.ReturnedAt, null, null, now);
                return new ReturnInterviewDue(r.PersonId, r.Name ?? r.Reference, r.Reference, r.Id, r.Kind, r.ReturnedAt, standing.Due, standing.HoursRemaining!.Value);
            })
            .OrderBy(r => r.DueAt)
            .ToList();
    }
}
