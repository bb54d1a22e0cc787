using System.Net;
using System.Text.RegularExpressions;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>Periods of care made through the real service, the fields the looked-after forms post, and the episode table read back.</summary>
public static partial class LookedAfterTestData
{
    /// <summary>Section 20 with the authority's own foster carers from <paramref name="from"/> (the example).</summary>
    public static Dictionary<string, string> StartFields(DateOnly? from) => new Dictionary<string, string>
    {
        ["CategoryOfNeed"] = "N1",
        ["LegalStatus"] = "V2",
        ["HomePostcode"] = "al1 1aa",
    }.With(Date("StartDate", from)).With(PlacementFields("U6", "PR1", "Mr and Mrs Hale", "SC100001", "AL2 2BB"));

    public static Dictionary<string, string> PlacementFields(string type, string provider, string carer, string urn = "", string postcode = "") => new()
    {
        ["PlacementType"] = type,
        ["Provider"] = provider,
        ["CarerName"] = carer,
        ["Urn"] = urn,
        ["PlacementPostcode"] = postcode,
        ["OutOfArea"] = "false",
        ["LongTerm"] = "false",
        ["Siblings"] = nameof(SiblingArrangement.NoSiblingsLookedAfter),
    };

    public static Task<CarePeriod> StartCarePeriodAsync(this HearthWebApp app, Guid childId, User worker, DateOnly from, string legalStatus = "V2") =>
        app.InScopeAsync(sp => sp.GetRequiredService<CarePeriodService>().StartAsync(childId, new StartCarePeriodInput(from, "N1", legalStatus, "AL1 1AA",
            new PlacementInput("U6", "PR1", "Mr and Mrs Hale", "SC100001", "AL2 2BB", false, false, SiblingArrangement.NoSiblingsLookedAfter)), worker.Ctx()));

    /// <summary>The cells of each row of the SSDA903 episodes table, as the page shows them.</summary>
    public static IReadOnlyList<string[]> EpisodeRows(string html) =>
        EpisodeRow().Matches(html).Select(row => Cell().Matches(row.Groups[1].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value).Trim()).ToArray()).ToList();

    [GeneratedRegex("<tr[^>]*data-testid=\"ssda903-episode\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex EpisodeRow();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
