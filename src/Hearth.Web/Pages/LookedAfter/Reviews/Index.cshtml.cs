using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Reviews;

/// <summary>
/// The child's looked-after reviews (CPPCR 2010 reg 33), statutory visits (reg 28) and IRO challenges, with the next
/// review and visit due from the obligation engine.
/// </summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(HearthDbContext db, StatutoryObligations obligations, StatutoryRuleTable rules) : LookedAfterRecordPageModel
{
    public IReadOnlyList<CarePeriod> Periods { get; private set; } = [];
    public IReadOnlyList<LookedAfterReview> ReviewsHeld { get; private set; } = [];
    public IReadOnlyList<LookedAfterVisit> Visits { get; private set; } = [];
    public IReadOnlyList<IroChallenge> Challenges { get; private set; } = [];
    public DueNext? NextReview { get; private set; }
    public DueNext? NextVisit { get; private set; }
    public bool HasOpenPeriod => Periods.Any(p => p.IsOpen);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var ct = HttpContext.RequestAborted;
        Periods = await db.CarePeriods.AsNoTracking().Where(p => p.PersonId == Id).OrderByDescending(p => p.StartDate).ToListAsync(ct);
        ReviewsHeld = await db.LookedAfterReviews.AsNoTracking().Where(r => r.PersonId == Id).OrderByDescending(r => r.HeldOn).ToListAsync(ct);
        Visits = await db.LookedAfterVisits.AsNoTracking().Where(v => v.PersonId == Id).OrderByDescending(v => v.VisitedOn).ToListAsync(ct);
        Challenges = await db.IroChallenges.AsNoTracking().Where(c => c.PersonId == Id).OrderByDescending(c => c.RaisedOn).ToListAsync(ct);
        var due = await obligations.ForAsync([Id], Today, ct);
        NextReview = DueNext.Of(due, rules, "lac.review.");
        NextVisit = DueNext.Of(due, rules, "lac.visits.");
        return Page();
    }
}
