using Hearth.Core.Assessment;
using Hearth.Core.CareProceedings;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.Data;
using Hearth.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// Everything the census needs for a set of episodes, read in one query per table (each filtered by
/// the episode query, so a county's year is a dozen round trips, not one per child).
/// </summary>
internal sealed class CensusRecord
{
    public required IReadOnlyList<Person> People { get; init; }
    public required ILookup<Guid, string> Disabilities { get; init; }
    public required ILookup<Guid, CinEpisode> EpisodesByPerson { get; init; }
    public required ILookup<Guid, ChildAndFamilyAssessment> Assessments { get; init; }
    public required ILookup<Guid, ChildInNeedPlan> CinPlans { get; init; }
    public required ILookup<Guid, Section47Enquiry> Enquiries { get; init; }
    public required ILookup<Guid, InitialChildProtectionConference> Conferences { get; init; }
    public required ILookup<Guid, ChildProtectionPlan> Plans { get; init; }
    public required ILookup<Guid, DateOnly> ReviewDates { get; init; }
    public required ILookup<Guid, PreProceedings> PreProceedings { get; init; }

    public static async Task<CensusRecord> LoadAsync(HearthDbContext db, IQueryable<CinEpisode> episodes, bool withPreProceedings,
        CancellationToken ct)
    {
        var episodeIds = episodes.Select(e => e.Id);
        var personIds = episodes.Select(e => e.PersonId);
        var planIds = db.ChildProtectionPlans.Where(p => episodeIds.Contains(p.EpisodeId)).Select(p => p.Id);
        var episodeList = await episodes.ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync(ct);
        var disabilities = await db.Set<PersonDisability>().AsNoTracking().Where(d => personIds.Contains(d.PersonId)).ToListAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => episodeIds.Contains(a.EpisodeId)).ToListAsync(ct);
        var cinPlans = await db.ChildInNeedPlans.AsNoTracking()
            .Where(p => episodeIds.Contains(p.EpisodeId) && p.Status != CinPlanStatus.Draft).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(s => episodeIds.Contains(s.EpisodeId)).ToListAsync(ct);
        var conferences = await db.InitialChildProtectionConferences.AsNoTracking().Where(c => episodeIds.Contains(c.EpisodeId)).ToListAsync(ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Where(p => episodeIds.Contains(p.EpisodeId)).ToListAsync(ct);
        var reviews = await db.ReviewChildProtectionConferences.AsNoTracking()
            .Where(r => planIds.Contains(r.PlanId)).Select(r => new { r.PlanId, r.Date }).ToListAsync(ct);
        var preProceedings = withPreProceedings
            ? await db.PreProceedings.AsNoTracking().Where(p => episodeIds.Contains(p.EpisodeId)).ToListAsync(ct)
            : [];
        return new CensusRecord
        {
            People = people,
            Disabilities = disabilities.ToLookup(d => d.PersonId, d => d.Code),
            EpisodesByPerson = episodeList.ToLookup(e => e.PersonId),
            Assessments = assessments.ToLookup(a => a.EpisodeId),
            CinPlans = cinPlans.ToLookup(p => p.EpisodeId),
            Enquiries = enquiries.ToLookup(s => s.EpisodeId),
            Conferences = conferences.ToLookup(c => c.EpisodeId),
            Plans = plans.ToLookup(p => p.EpisodeId),
            ReviewDates = reviews.ToLookup(r => r.PlanId, r => r.Date),
            PreProceedings = preProceedings.ToLookup(p => p.EpisodeId),
        };
    }
}
