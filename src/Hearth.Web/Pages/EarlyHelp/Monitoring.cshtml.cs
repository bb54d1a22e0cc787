using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp;

/// <summary>
/// Step-up and step-down monitoring for a reporting year (April to March): the moves each month, their
/// acceptance and its speed, and re-referrals of stepped-down children within 6 and 12 months. The
/// figures are counts, so restricted children are counted like any other and never named.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class MonitoringModel(StepMonitoring monitoring, TimeProvider clock) : HearthPageModel
{
    [FromQuery(Name = "year")] public int? Year { get; set; }
    public int StartYear { get; private set; }
    public int CurrentStartYear { get; private set; }
    public StepMonitoringReport Report { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var today = clock.TodayInEngland();
        CurrentStartYear = today.Month >= 4 ? today.Year : today.Year - 1;
        StartYear = Year is >= 2000 and <= 2100 ? Year.Value : CurrentStartYear;
        Report = await monitoring.ForReportingYearAsync(StartYear, HttpContext.RequestAborted);
    }

    public static string Days(double? median) => median is { } m ? m.ToString("0.#") : "–";

    /// <summary>A re-referral count, marked while some step-downs in it have not yet had the whole window.</summary>
    public static string ReReferred(int count, bool elapsed) => elapsed ? count.ToString() : $"{count} so far";
}
