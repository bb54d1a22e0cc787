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
    public required IReadOnlyList<CensusPersonRow> People { get; init; }
    public required ILookup<Guid, string> Disabilities { get; init; }
    public required ILookup<Guid, CensusEpisodeRow> EpisodesByPerson { get; init; }
    public required ILookup<Guid, CensusAssessmentRow> Assessments { get; init; }
    public required ILookup<Guid, CensusCinPlanRow> CinPlans { get; init; }
    public required ILookup<Guid, CensusEnquiryRow> Enquiries { get; init; }
    public required ILookup<Guid, CensusConferenceRow> Conferences { get; init; }
    public required ILookup<Guid, CensusPlanRow> Plans { get; init; }
    public required ILookup<Guid, DateOnly> ReviewDates { get; init; }
    public required ILookup<Guid, PreProceedings> PreProceedings { get; init; }

    /// <remarks>
    /// Each query reads only the columns the census uses: an assessment's or a closure's written
    /// text (up to 20,000 characters a field) would otherwise be most of what a county's year reads.
    /// </remarks>
    public static async Task<CensusRecord> LoadAsync(HearthDbContext db, IQueryable<CinEpisode> episodes, bool withPreProceedings,
        CancellationToken ct)
    {
        var episodeIds = episodes.Select(e => e.Id);
        var personIds = episodes.Select(e => e.PersonId);
        var planIds = db.ChildProtectionPlans.Where(p => episodeIds.Contains(p.EpisodeId)).Select(p => p.Id);
        var episodeList = await episodes
            .Select(e => new CensusEpisodeRow(e.Id, e.PersonId, e.ReferralDate, e.ReferralSource, e.PrimaryNeedCode, e.CloseDate,
                e.ReasonForClosure, e.ReferralNfa, e.OpenedAt))
            .ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new CensusPersonRow(p.Id, p.Reference, p.Upn, p.FormerUpn, p.UpnUnknownReason, p.DateOfBirth, p.ExpectedDateOfBirth,
                p.Sex, p.DateOfDeath, p.EthnicityCode))
            .ToListAsync(ct);
        var disabilities = await db.Set<PersonDisability>().AsNoTracking().Where(d => personIds.Contains(d.PersonId))
            .Select(d => new { d.PersonId, d.Code }).ToListAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => episodeIds.Contains(a.EpisodeId))
            .Select(a => new CensusAssessmentRow(a.EpisodeId, a.StartDate, a.InternalReviewDate, a.AuthorisedOn, a.FactorCodes))
            .ToListAsync(ct);
        var cinPlans = await db.ChildInNeedPlans.AsNoTracking()
            // A plan counts from when it was finalised: a draft never in force, even one ended when the
            // episode closed, is no CIN plan for the census.
            .Where(p => episodeIds.Contains(p.EpisodeId) && p.FinalisedOn != null)
            .Select(p => new CensusCinPlanRow(p.EpisodeId, p.StartDate, p.EndDate))
            .ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(s => episodeIds.Contains(s.EpisodeId))
            .Select(s => new CensusEnquiryRow(s.Id, s.EpisodeId, s.StartDate, s.InitialCpcTarget, s.Outcome, s.OutcomeDate))
            .ToListAsync(ct);
        var conferences = await db.InitialChildProtectionConferences.AsNoTracking().Where(c => episodeIds.Contains(c.EpisodeId))
            .Select(c => new CensusConferenceRow(c.Id, c.EpisodeId, c.Section47EnquiryId, c.Date))
            .ToListAsync(ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Where(p => episodeIds.Contains(p.EpisodeId))
            .Select(p => new CensusPlanRow(p.Id, p.EpisodeId, p.StartDate, p.EndDate, p.InitialCategory, p.LatestCategory, p.PreviousPlans))
            .ToListAsync(ct);
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

internal sealed record CensusPersonRow(Guid Id, string Reference, string? Upn, string? FormerUpn, string? UpnUnknownReason,
    DateOnly? DateOfBirth, DateOnly? ExpectedDateOfBirth, string Sex, DateOnly? DateOfDeath, string? EthnicityCode);

internal sealed record CensusEpisodeRow(Guid Id, Guid PersonId, DateOnly ReferralDate, string ReferralSource, string? PrimaryNeedCode,
    DateOnly? CloseDate, string? ReasonForClosure, bool ReferralNfa, DateTime OpenedAt);

internal sealed record CensusAssessmentRow(Guid EpisodeId, DateOnly StartDate, DateOnly? InternalReviewDate, DateOnly? AuthorisedOn, string FactorCodes)
{
    public IEnumerable<string> Factors => FactorCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed record CensusCinPlanRow(Guid EpisodeId, DateOnly StartDate, DateOnly? EndDate);

internal sealed record CensusEnquiryRow(Guid Id, Guid EpisodeId, DateOnly StartDate, DateOnly InitialCpcTarget, Section47Outcome? Outcome, DateOnly? OutcomeDate);

internal sealed record CensusConferenceRow(Guid Id, Guid EpisodeId, Guid? Section47EnquiryId, DateOnly Date);

internal sealed record CensusPlanRow(Guid Id, Guid EpisodeId, DateOnly StartDate, DateOnly? EndDate, CategoryOfAbuse InitialCategory,
    CategoryOfAbuse LatestCategory, int PreviousPlans);
