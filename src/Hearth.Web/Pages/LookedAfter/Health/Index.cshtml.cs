using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.LookedAfter.Reviews;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Health;

/// <summary>
/// The child's health (CPPCR 2010 reg 7; the OC2 table), personal education plans (DfE 2018 guidance), independent
/// visitor and advocacy, with the health assessment and PEP due dates from the obligation engine.
/// </summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(HearthDbContext db, StatutoryObligations obligations, StatutoryRuleTable rules) : LookedAfterRecordPageModel
{
    public IReadOnlyList<HealthEntry> Entries { get; private set; } = [];
    public IReadOnlyList<PersonalEducationPlan> Plans { get; private set; } = [];
    public IReadOnlyList<SupportArrangement> Support { get; private set; } = [];
    public DueNext? NextHealthAssessment { get; private set; }
    public DueNext? NextPep { get; private set; }
    public bool HasPeriod { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var ct = HttpContext.RequestAborted;
        HasPeriod = await db.CarePeriods.AnyAsync(p => p.PersonId == Id, ct);
        Entries = await db.HealthEntries.AsNoTracking().Where(h => h.PersonId == Id).OrderByDescending(h => h.On).ThenBy(h => h.Kind).ToListAsync(ct);
        Plans = await db.PersonalEducationPlans.AsNoTracking().Where(p => p.PersonId == Id).OrderByDescending(p => p.HeldOn).ToListAsync(ct);
        Support = await db.SupportArrangements.AsNoTracking().Where(s => s.PersonId == Id).OrderByDescending(s => s.RequestedOn).ToListAsync(ct);
        var due = await obligations.ForAsync([Id], Today, ct);
        NextHealthAssessment = DueNext.Of(due, rules, "lac.initial-health-assessment.", "lac.health-review.");
        NextPep = DueNext.Of(due, rules, "lac.pep.");
        return Page();
    }
}
