using System.Globalization;
using Hearth.Core.Data;
using Hearth.Core.LookedAfter.Figures;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfterFigures;

/// <summary>
/// The looked-after figures (issue 6, "Figures"): as at a day (today unless asked) and for the year ending on it, each
/// figure an inspection quotes with its numerator and denominator, and one figure's children listed on request. Children
/// on restricted records the user is not named on are counted, never named.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class IndexModel(LookedAfterFiguresQuery figures, FigureChildren children, TimeProvider clock) : HearthPageModel
{
    // Strings: an address edited by hand shows today's figures rather than failing to bind.
    [FromQuery(Name = "date")] public string? Date { get; set; }
    [FromQuery(Name = "figure")] public string? FigureKey { get; set; }

    public LookedAfterFiguresReport Report { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public DateOnly? AskedFor { get; private set; }
    public Figure? Selected { get; private set; }
    public IReadOnlyList<FigureChildRow> Counted { get; private set; } = [];
    public IReadOnlyList<FigureChildRow> NotCounted { get; private set; } = [];

    /// <summary>The end of the last complete collection year (31 March), the day the DfE's figures are taken.</summary>
    public DateOnly LastYearEnd => new(Today.Month > 3 ? Today.Year : Today.Year - 1, 3, 31);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Today = clock.TodayInEngland();
        AskedFor = DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day <= Today
            ? day : null;
        Report = await figures.ComputeAsync(AskedFor ?? Today, ct);
        Selected = Report.Figures.FirstOrDefault(f => f.Key == FigureKey);
        if (Selected is not null)
        {
            var rows = await children.NamesAsync([.. Selected.Cohort.Union(Selected.Counted)], User.Id(), ct);
            var counted = Selected.Counted.ToHashSet();
            Counted = [.. rows.Where(r => counted.Contains(r.PersonId))];
            NotCounted = [.. rows.Where(r => !counted.Contains(r.PersonId))];
        }
    }
}
