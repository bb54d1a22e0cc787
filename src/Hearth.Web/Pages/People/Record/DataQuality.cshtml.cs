using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.People.Record;

/// <summary>
/// The child's census findings today (issue 5), open and explained, with where to put each right; a
/// query can be explained here by anyone who records casework on the child or looks after the returns. For a child
/// who has been looked after, the SSDA903 findings for the current collection year follow (issue 6).
/// </summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class DataQualityModel(CensusDataQuality quality, Ssda903Checks ssda903, HearthDbContext db, TimeProvider clock) : PersonPageModel
{
    public override string Tab => "Census data quality";
    public DataQualityReport Report { get; private set; } = null!;
    public IReadOnlyList<CensusFinding> OpenQueries { get; private set; } = [];

    /// <summary>The child's 903 findings this collection year; null for a child never looked after (the 903 is not about them).</summary>
    public Ssda903Report? Ssda903 { get; private set; }
    [BindProperty(SupportsGet = true)] public bool Explained { get; set; }

    [BindProperty] public string? RuleCode { get; set; }
    [BindProperty] public string? Table { get; set; }
    [BindProperty] public string? Field { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? Reason { get; set; }

    /// <summary>Which open query's form was posted (its place in <see cref="OpenQueries"/>), to show its reason and error again.</summary>
    public int? Posted { get; private set; }

    public static bool CanExplain(System.Security.Claims.ClaimsPrincipal user) =>
        user.Can(Permission.RecordCasework) || user.Can(Permission.ViewPerformance);

    /// <summary>The model-state key of the reason box of the query at <paramref name="index"/>, also its id.</summary>
    public static string ReasonKey(int index) => $"Reason-{index}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        await CheckAsync();
        return Page();
    }

    /// <summary>Razor Pages cannot authorise a handler by attribute, so the permission is checked here first.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanExplain(User))
        {
            return Forbid();
        }
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Explained = false;
        var posted = (RuleCode ?? "", Table ?? "", Field ?? "", string.IsNullOrEmpty(Value) ? null : Value);
        try
        {
            await quality.ExplainAsync(Id, posted.Item1, posted.Item2, posted.Item3, posted.Item4, Reason, Ctx(), HttpContext.RequestAborted);
            return Redirect(Links.PersonDataQualityExplained(Id));
        }
        catch (ValidationFailedException e)
        {
            await CheckAsync();
            var index = OpenQueries.ToList().FindIndex(f => f.RuleCode == posted.Item1 && f.Table == posted.Item2 && f.Field == posted.Item3 && f.Value == posted.Item4);
            Posted = index >= 0 ? index : null;
            foreach (var error in e.Errors)
            {
                // A query no longer open has no box of its own: the message goes on the page's heading.
                ModelState.AddModelError(index >= 0 ? ReasonKey(index) : "open-findings", error.Message);
            }
            return Page();
        }
    }

    private async Task CheckAsync()
    {
        Report = await quality.CheckAsync(new CensusScope(PersonId: Id), HttpContext.RequestAborted);
        OpenQueries = [.. Report.Open.Where(f => f.IsQuery)];
        if (await db.CarePeriods.AnyAsync(p => p.PersonId == Id, HttpContext.RequestAborted))
        {
            Ssda903 = await ssda903.CheckAsync(CensusYear.Containing(clock.TodayInEngland()), Id, HttpContext.RequestAborted);
        }
    }
}
