using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.ChildProtection;

/// <summary>A child's child protection record on one page: what happened, and what is due next from the clock engine.</summary>
public sealed record ChildProtectionSummary(
    IReadOnlyList<StrategyDiscussion> StrategyDiscussions,
    IReadOnlyList<Section47Enquiry> Enquiries,
    IReadOnlyList<InitialChildProtectionConference> Conferences,
    IReadOnlyList<ChildProtectionPlan> Plans,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyDictionary<Guid, DateOnly> NextCoreGroupDue,
    Guid? OpenEpisodeId)
{
    public ChildProtectionPlan? OpenPlan => Plans.FirstOrDefault(p => p.IsOpen);

    /// <summary>The open or next-due obligation of a rule for a case (the plan, or the episode for the ICPC).</summary>
    public Obligation? Due(string ruleId, Guid caseId) => Obligations
        .Where(o => o.RuleId == ruleId && o.CaseId == caseId && o.Status is ObligationStatus.Open or ObligationStatus.Overdue)
        .OrderBy(o => o.DueDate).FirstOrDefault();
}

public sealed class ChildProtectionOverview(HearthDbContext db, StatutoryObligations obligations, ChildProtectionOptions options)
{
    public async Task<ChildProtectionSummary> ForAsync(Guid personId, DateOnly today, CancellationToken ct = default)
    {
        var discussions = await db.StrategyDiscussions.AsNoTracking().Where(d => d.PersonId == personId)
            .OrderByDescending(d => d.HeldOn).ThenByDescending(d => d.HeldAt).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(s => s.PersonId == personId).OrderByDescending(s => s.StartDate).ToListAsync(ct);
        var conferences = await db.InitialChildProtectionConferences.AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.Date).ToListAsync(ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Include(p => p.CoreGroups).Include(p => p.Reviews).Include(p => p.Visits)
            .Where(p => p.PersonId == personId).OrderByDescending(p => p.StartDate).AsSplitQuery().ToListAsync(ct);
        var episodeId = await db.CinEpisodes.AsNoTracking().Where(e => e.PersonId == personId && e.CloseDate == null)
            .OrderByDescending(e => e.ReferralDate).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        var cp = (await obligations.ForAsync([personId], today, ct)).Where(o => o.RuleId.StartsWith("cp.", StringComparison.Ordinal)).ToList();
        var nextCoreGroup = plans.Where(p => p.IsOpen && p.CoreGroups.Count > 0)
            .ToDictionary(p => p.Id, p => p.CoreGroups.Max(m => m.Date).AddDays(7 * options.CoreGroupEveryWeeks));
        return new ChildProtectionSummary(discussions, enquiries, conferences, plans, cp, nextCoreGroup, episodeId);
    }
}
