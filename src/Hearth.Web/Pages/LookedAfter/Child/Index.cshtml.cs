using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>
/// The child's Looked after tab: each period of care with its legal statuses, placements, care plan, IRO and
/// permanence plan, and the SSDA903 episodes derived from them.
/// </summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(HearthDbContext db) : PersonPageModel
{
    public override string Tab => LookedAfterChoices.Tab;
    public IReadOnlyList<CarePeriodView> Periods { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements)
            .Where(p => p.PersonId == Id).ToListAsync(HttpContext.RequestAborted);
        Periods = periods.OrderByDescending(p => p.StartDate).Select(p => CarePeriodView.Of(p, Today)).ToList();
        return Page();
    }
}

/// <summary>A period of care as the tab shows it; <see cref="Episodes"/> is null when the record cannot give episodes (say, a part-imported period).</summary>
public sealed record CarePeriodView(CarePeriod Period, IReadOnlyList<DerivedEpisode>? Episodes, bool PoliceProtectionOverran)
{
    public IEnumerable<LegalStatusRecord> Statuses => Period.LegalStatuses.OrderByDescending(s => s.From);
    public IEnumerable<Placement> Placements => Period.Placements.OrderByDescending(p => p.From);
    public Placement? Current => Period.Placements.MaxBy(p => p.From);

    public static CarePeriodView Of(CarePeriod period, DateOnly today)
    {
        IReadOnlyList<DerivedEpisode>? episodes;
        try
        {
            episodes = CarePeriodEpisodes.Derive(period);
        }
        catch (ArgumentException)
        {
            episodes = null;
        }
        return new(period, episodes, CarePeriodEpisodes.PoliceProtectionOverran(period, today));
    }
}
