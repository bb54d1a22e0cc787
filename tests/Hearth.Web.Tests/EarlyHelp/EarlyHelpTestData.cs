using System.Net;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.EarlyHelp;

/// <summary>Early help records built through the real services, and the form fields the pages post.</summary>
public static class EarlyHelpTestData
{
    public static DateOnly Today => TimeProvider.System.TodayInEngland();

    public static Task<EarlyHelpEpisode> RequestEarlyHelpAsync(this HearthWebApp app, Guid childId, User worker, DateOnly? requestedOn = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<EarlyHelpService>().RequestAsync(childId,
            new EarlyHelpRequest(requestedOn ?? Today.AddDays(-30), EarlyHelpRequester.School, "Attendance has fallen", true, requestedOn ?? Today.AddDays(-30)),
            worker.Ctx()));

    public static Task<StepChange> StepDownAsync(this HearthWebApp app, Guid childId, User worker, Guid receivingTeamId, DateOnly? date = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<StepChanges>().StepDownAsync(childId, date ?? Today, "Needs can be met by early help", receivingTeamId, worker.Ctx()));

    public static Task<StepChange> StepUpAsync(this HearthWebApp app, Guid childId, User worker, Guid receivingTeamId, DateOnly? date = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<StepChanges>().StepUpAsync(childId, date ?? Today, "Disclosure at school", receivingTeamId, worker.Ctx()));

    /// <summary>A GOV.UK date input's three boxes, as a browser posts them.</summary>
    public static Dictionary<string, string> Date(string key, DateOnly? date) => new()
    {
        [$"{key}.Day"] = date?.Day.ToString() ?? "",
        [$"{key}.Month"] = date?.Month.ToString() ?? "",
        [$"{key}.Year"] = date?.Year.ToString() ?? "",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, Dictionary<string, string> more)
    {
        foreach (var (k, v) in more)
        {
            fields[k] = v;
        }
        return fields;
    }

    public static async Task<string> HtmlAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> PageTextAsync(this PageClient page, string url) => WebUtility.HtmlDecode(await page.GetHtmlAsync(url));
}
