using System.Text.RegularExpressions;
using Hearth.Core.ChildInNeed;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.EarlyHelp;

/// <summary>
/// The monitoring page against a hand-built reporting year of step changes and referrals (April 2009
/// to March 2010, a year no other test writes to), the same set as the core StepMonitoringTests.
/// </summary>
public sealed class StepMonitoringPageTests(HearthWebApp app)
{
    private const int Year = 2009;

    [Fact]
    public async Task The_monitoring_page_shows_each_month_and_the_year_for_a_hand_built_set_of_step_changes()
    {
        var analyst = await app.CreateUserAsync(Role.PerformanceAnalyst);
        await BuildYearAsync(analyst.TeamId!.Value);
        var page = await app.SignInAsync(analyst);

        var html = await page.GetHtmlAsync(Links.StepMonitoringForYear(Year));

        // Step-downs, step-ups, accepted, declined, awaiting, median days, re-referred within 6 and 12 months.
        Row(html, $"{Year}-04").ShouldBe(["4", "1", "3", "1", "1", "2", "1", "2"]);
        Row(html, $"{Year}-06").ShouldBe(["0", "0", "0", "0", "0", "–", "0", "0"]);
        Row(html, $"{Year}-08").ShouldBe(["1", "3", "4", "0", "0", "5.5", "1", "1"]);
        Row(html, $"{Year + 1}-03").ShouldBe(["1", "0", "0", "0", "1", "–", "0", "1"]);
        Row(html, "total").ShouldBe(["6", "4", "7", "1", "2", "4", "2", "4"]);
        Regex.Matches(html, "data-testid=\"month-\\d{4}-\\d{2}\"").Count.ShouldBe(12);
    }

    private static readonly string[] Cells = ["step-downs", "step-ups", "accepted", "declined", "awaiting", "median-days", "re-referred-6", "re-referred-12"];

    private static string[] Row(string html, string key)
    {
        var start = html.IndexOf($"data-testid=\"month-{key}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"row {key}");
        var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        return Cells.Select(c => System.Net.WebUtility.HtmlDecode(Regex.Match(row, $"data-testid=\"{c}\">([^<]*)<").Groups[1].Value)).ToArray();
    }

    /// <summary>See tests/Hearth.Core.Tests/EarlyHelp/StepMonitoringTests.cs for the working.</summary>
    private async Task BuildYearAsync(Guid team)
    {
        var names = new[] { "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L" };
        var family = TestData.UniqueFamilyName();
        var children = new Dictionary<string, Guid>();
        foreach (var name in names)
        {
            children[name] = (await app.CreatePersonAsync($"Child{name}", family)).Id;
        }
        var steps = new List<StepChange>();
        var referrals = new List<CinEpisode>();
        void Step(string child, StepDirection direction, int year, int month, int day, int? accepted = null, int? declined = null)
        {
            var date = new DateOnly(year, month, day);
            var step = StepChange.Record(children[child], direction, date, "Hand-built", team, "Test", date, DateTime.UtcNow, "Test");
            if (accepted is { } a)
            {
                step.Accept(date.AddDays(a), date.AddDays(a), "Manager", null);
            }
            if (declined is { } d)
            {
                step.Decline(date.AddDays(d), "Not for us", date.AddDays(d), "Manager");
            }
            steps.Add(step);
        }
        void Referral(string child, int year, int month, int day) =>
            referrals.Add(new CinEpisode { PersonId = children[child], ReferralDate = new DateOnly(year, month, day), Imported = true });

        var y = Year;
        Step("A", StepDirection.StepDown, y, 4, 3, accepted: 2);
        Referral("A", y, 1, 1);
        Referral("A", y, 10, 3);
        Step("B", StepDirection.StepDown, y, 4, 10, accepted: 10);
        Referral("B", y, 10, 11);
        Step("C", StepDirection.StepDown, y, 4, 15, declined: 1);
        Referral("C", y, 5, 1);
        Step("D", StepDirection.StepDown, y, 4, 30);
        Referral("D", y, 4, 30);
        Referral("D", y + 1, 5, 1);
        Step("E", StepDirection.StepUp, y, 4, 12, accepted: 1);
        Step("F", StepDirection.StepDown, y, 8, 31, accepted: 3);
        Referral("F", y + 1, 2, 28);
        Referral("F", y + 1, 3, 10);
        Step("G", StepDirection.StepUp, y, 8, 15, accepted: 7);
        Step("H", StepDirection.StepUp, y, 8, 20, accepted: 4);
        Step("I", StepDirection.StepUp, y, 8, 25, accepted: 8);
        Step("L", StepDirection.StepDown, y + 1, 3, 31);
        Referral("L", y + 2, 3, 31);
        Step("J", StepDirection.StepDown, y, 3, 31, accepted: 1);
        Step("K", StepDirection.StepDown, y + 1, 4, 1, accepted: 1);
        Referral("J", y, 4, 2);

        await app.QueryAsync(async db =>
        {
            db.StepChanges.AddRange(steps);
            db.CinEpisodes.AddRange(referrals);
            return await db.SaveChangesAsync();
        });
    }
}
