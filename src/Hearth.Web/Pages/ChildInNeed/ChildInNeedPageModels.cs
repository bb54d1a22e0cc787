using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.ChildInNeed;

/// <summary>A page about one of the child's CIN episodes: the record is opened (and the view logged) first, then the episode, which must be this child's.</summary>
public abstract class CinEpisodePageModel : PersonPageModel
{
    public override string Tab => "Child in need";
    [FromRoute] public Guid EpisodeId { get; set; }
    public CinEpisode Episode { get; private set; } = null!;

    protected async Task<IActionResult?> OpenEpisodeAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var db = HttpContext.RequestServices.GetRequiredService<HearthDbContext>();
        Episode = await db.CinEpisodes.AsNoTracking().SingleOrDefaultAsync(e => e.Id == EpisodeId && e.PersonId == Id, HttpContext.RequestAborted)
            ?? throw new RecordNotFoundException();
        return null;
    }
}

/// <summary>A page about one of the child's CIN plans, with its outcomes, actions and reviews.</summary>
public abstract class CinPlanPageModel : PersonPageModel
{
    public override string Tab => "Child in need";
    [FromRoute] public Guid PlanId { get; set; }
    public ChildInNeedPlan Plan { get; private set; } = null!;
    public bool EpisodeIsOpen { get; private set; }

    protected async Task<IActionResult?> OpenPlanAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var db = HttpContext.RequestServices.GetRequiredService<HearthDbContext>();
        Plan = await db.ChildInNeedPlans.AsNoTracking().Include(p => p.Outcomes).ThenInclude(o => o.Actions).Include(p => p.Reviews)
            .SingleOrDefaultAsync(p => p.Id == PlanId && p.PersonId == Id, HttpContext.RequestAborted)
            ?? throw new RecordNotFoundException();
        EpisodeIsOpen = await db.CinEpisodes.AnyAsync(e => e.Id == Plan.EpisodeId && e.CloseDate == null, HttpContext.RequestAborted);
        return null;
    }
}

/// <summary>Choices for the child in need forms.</summary>
public static class CinChoices
{
    public static IReadOnlyList<Choice> ReasonsForClosure { get; } =
        Core.ChildInNeed.ReasonsForClosure.All.Select(r => new Choice(r.Code, $"{r.Code}: {r.Label}")).ToList();

    public static IReadOnlyList<Choice> Progress { get; } = Enum.GetValues<ProgressRating>().Select(r => new Choice(r.ToString(), r.Label())).ToList();

    public static IReadOnlyList<Choice> Locations { get; } = Enum.GetValues<VisitLocation>().Select(l => new Choice(l.ToString(), Visit.LocationLabel(l))).ToList();


    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy") ?? "Not set";

    public static bool? ParseBool(string? value) => bool.TryParse(value, out var b) ? b : null;
}
