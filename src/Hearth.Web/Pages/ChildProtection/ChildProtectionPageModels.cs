using Hearth.Core.ChildProtection;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.ChildProtection;

/// <summary>A child protection page about the child: the record is opened (and the view logged) first.</summary>
public abstract class ChildProtectionPageModel : PersonPageModel
{
    public override string Tab => "Child protection";

    protected HearthDbContext Db => HttpContext.RequestServices.GetRequiredService<HearthDbContext>();

    protected ChildProtectionService Service => HttpContext.RequestServices.GetRequiredService<ChildProtectionService>();

    /// <summary>A record that must belong to this child, or the same 404 as one that does not exist.</summary>
    protected async Task<T> OwnAsync<T>(IQueryable<T> query, Func<T, Guid> personOf) where T : class
    {
        var found = await query.AsNoTracking().SingleOrDefaultAsync(HttpContext.RequestAborted);
        return found is not null && personOf(found) == Id ? found : throw new RecordNotFoundException();
    }
}

/// <summary>A page about one of the child's child protection plans.</summary>
public abstract class ChildProtectionPlanPageModel : ChildProtectionPageModel
{
    [FromRoute] public Guid PlanId { get; set; }
    public ChildProtectionPlan Plan { get; private set; } = null!;

    protected async Task<IActionResult?> OpenPlanAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Plan = await OwnAsync(Db.ChildProtectionPlans.Where(p => p.Id == PlanId), p => p.PersonId);
        return null;
    }
}

/// <summary>
/// A dated record on the plan (core group, review, visit, end): the form opens at today's date, and a
/// save reads the date, calls one service write and goes back to the plan.
/// </summary>
public abstract class DatedPlanRecordPageModel : ChildProtectionPlanPageModel
{
    [BindProperty] public DateParts Date { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        var date = Date.Read(ModelState, nameof(Date), "The date");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => SaveAsync(date), "")
            ? Redirect(Links.ChildProtectionPlan(Id, PlanId))
            : Page();
    }

    /// <summary>The one service write this page makes.</summary>
    protected abstract Task SaveAsync(DateOnly? date);
}

/// <summary>Choices for the child protection forms.</summary>
public static class ChildProtectionChoices
{
    public static IReadOnlyList<Choice> Agencies { get; } = Enum.GetValues<Agency>().Select(a => new Choice(a.ToString(), a.Label())).ToList();

    public static IReadOnlyList<Choice> StrategyDecisions { get; } = Enum.GetValues<StrategyDecision>().Select(d => new Choice(d.ToString(), d.Label())).ToList();

    public static IReadOnlyList<Choice> Section47Outcomes { get; } = Enum.GetValues<Section47Outcome>().Select(o => new Choice(o.ToString(), o.Label())).ToList();

    public static IReadOnlyList<Choice> ConferenceDecisions { get; } = Enum.GetValues<ConferenceDecision>().Select(d => new Choice(d.ToString(), d.Label())).ToList();

    public static IReadOnlyList<Choice> Categories { get; } = Enum.GetValues<CategoryOfAbuse>().Select(c => new Choice(c.Code(), c.Label())).ToList();

    public static IReadOnlyList<Choice> EndReasons { get; } = Enum.GetValues<ChildProtectionPlanEndReason>().Select(r => new Choice(r.ToString(), r.Label())).ToList();


    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy") ?? "Not recorded";
}
