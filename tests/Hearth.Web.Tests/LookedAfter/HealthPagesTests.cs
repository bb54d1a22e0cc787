using System.Net;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>The health page: health entries (OC2), PEP meetings, independent visitors and advocacy, with the health and PEP due dates.</summary>
public sealed class HealthPagesTests(HearthWebApp app)
{
    private async Task<Guid> LookedAfterChildAsync()
    {
        var child = await app.CreatePersonAsync("Kit", TestData.UniqueFamilyName(), new DateOnly(2015, 3, 27));
        await app.StartPeriodAsync(child.Id, Today.AddDays(-60), "C2", "U4");
        return child.Id;
    }

    [Fact]
    public async Task A_health_assessment_and_an_SDQ_are_recorded_and_the_next_assessment_is_a_year_on()
    {
        var child = await LookedAfterChildAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var before = await page.PageTextAsync(Links.LookedAfterHealth(child));
        before.ShouldContain("Record health information");
        Section(before, "next-health-due").ShouldContain("Overdue");

        (await page.PostFormAsync(Links.RecordHealthEntry(child), new Dictionary<string, string>
        {
            ["Kind"] = nameof(HealthEntryKind.InitialHealthAssessment),
        }.With(Date("On", Today.AddDays(-5))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.RecordHealthEntry(child), new Dictionary<string, string>
        {
            ["Kind"] = nameof(HealthEntryKind.StrengthsAndDifficulties),
            ["SdqScore"] = "14",
        }.With(Date("On", Today)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var entries = await app.QueryAsync(db => db.HealthEntries.AsNoTracking().Where(h => h.PersonId == child).OrderBy(h => h.On).ToListAsync());
        entries.Select(e => (e.Kind, e.SdqScore)).ShouldBe([(HealthEntryKind.InitialHealthAssessment, (int?)null), (HealthEntryKind.StrengthsAndDifficulties, 14)]);
        var after = await page.PageTextAsync(Links.LookedAfterHealth(child));
        // Aged 11 on the day: the next assessment is due 12 months on (CPPCR 2010 reg 7).
        Section(after, "next-health-due").ShouldContain(Today.AddDays(-5).AddMonths(12).ToString("d MMMM yyyy"));
        after.ShouldContain("Score 14");
    }

    [Fact]
    public async Task Bad_health_information_is_refused_with_messages_and_nothing_is_saved()
    {
        var child = await LookedAfterChildAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var noKind = await (await page.PostFormAsync(Links.RecordHealthEntry(child), Date("On", Today.AddDays(1)))).HtmlAsync();
        noKind.ShouldContain("Select what you are recording");
        noKind.ShouldContain("must be today or in the past");

        var tooHigh = await (await page.PostFormAsync(Links.RecordHealthEntry(child), new Dictionary<string, string>
        {
            ["Kind"] = nameof(HealthEntryKind.StrengthsAndDifficulties),
            ["SdqScore"] = "41",
        }.With(Date("On", Today)))).HtmlAsync();
        tooHigh.ShouldContain("The SDQ score must be between 0 and 40");

        var both = await (await page.PostFormAsync(Links.RecordHealthEntry(child), new Dictionary<string, string>
        {
            ["Kind"] = nameof(HealthEntryKind.StrengthsAndDifficulties),
            ["SdqScore"] = "12",
            ["SdqReason"] = "SDQ2",
        }.With(Date("On", Today)))).HtmlAsync();
        both.ShouldContain("Enter a score or a reason for no score, not both");

        var notSdq = await (await page.PostFormAsync(Links.RecordHealthEntry(child), new Dictionary<string, string>
        {
            ["Kind"] = nameof(HealthEntryKind.DentalCheck),
            ["SdqScore"] = "lots",
        }.With(Date("On", Today)))).HtmlAsync();
        notSdq.ShouldContain("Enter the SDQ score as a whole number");
        (await app.QueryAsync(db => db.HealthEntries.CountAsync(h => h.PersonId == child))).ShouldBe(0);
    }

    [Fact]
    public async Task A_PEP_meeting_is_recorded_and_meets_the_PEP_clock_and_bad_input_changes_nothing()
    {
        var child = await LookedAfterChildAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        Section(await page.PageTextAsync(Links.LookedAfterHealth(child)), "next-pep-due").ShouldContain("Overdue");

        var refused = await (await page.PostFormAsync(Links.RecordPersonalEducationPlan(child), new Dictionary<string, string>
        {
            ["School"] = "Hearth Primary",
        }.With(Date("HeldOn", Today.AddDays(-61))))).HtmlAsync();
        refused.ShouldContain("Select whether the virtual school was involved");
        refused.ShouldContain("Select whether the child is missing education");
        var beforeCare = await (await page.PostFormAsync(Links.RecordPersonalEducationPlan(child), new Dictionary<string, string>
        {
            ["School"] = "Hearth Primary",
            ["VirtualSchoolInvolved"] = "true",
            ["MissingEducation"] = "false",
        }.With(Date("HeldOn", Today.AddDays(-61))))).HtmlAsync();
        beforeCare.ShouldContain("cannot be before the child became looked after");
        (await app.QueryAsync(db => db.PersonalEducationPlans.CountAsync(p => p.PersonId == child))).ShouldBe(0);

        (await page.PostFormAsync(Links.RecordPersonalEducationPlan(child), new Dictionary<string, string>
        {
            ["School"] = "Hearth Primary",
            ["VirtualSchoolInvolved"] = "true",
            ["MissingEducation"] = "true",
        }.With(Date("HeldOn", Today)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pep = await app.QueryAsync(db => db.PersonalEducationPlans.AsNoTracking().SingleAsync(p => p.PersonId == child));
        (pep.School, pep.VirtualSchoolInvolved, pep.MissingEducation).ShouldBe(("Hearth Primary", true, true));
        var after = await page.PageTextAsync(Links.LookedAfterHealth(child));
        after.ShouldContain("Missing education");
        Section(after, "next-pep-due").ShouldContain("Nothing due");
    }

    [Fact]
    public async Task An_independent_visitor_is_requested_then_matched_and_bad_dates_change_nothing()
    {
        var child = await LookedAfterChildAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var refused = await (await page.PostFormAsync(Links.RecordSupportArrangement(child), new Dictionary<string, string>
        {
            ["Kind"] = nameof(SupportKind.IndependentVisitor),
        }.With(Date("RequestedOn", Today.AddDays(-10))).With(Date("EndedOn", Today.AddDays(-20))))).HtmlAsync();
        refused.ShouldContain("The date it ended cannot be before it was requested or started");
        var noKind = await (await page.PostFormAsync(Links.RecordSupportArrangement(child), Date("RequestedOn", Today))).HtmlAsync();
        noKind.ShouldContain("Select whether this is an independent visitor or advocacy");
        (await app.QueryAsync(db => db.SupportArrangements.CountAsync(s => s.PersonId == child))).ShouldBe(0);

        (await page.PostFormAsync(Links.RecordSupportArrangement(child), new Dictionary<string, string>
        {
            ["Kind"] = nameof(SupportKind.IndependentVisitor),
        }.With(Date("RequestedOn", Today.AddDays(-10))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var requested = await app.QueryAsync(db => db.SupportArrangements.AsNoTracking().SingleAsync(s => s.PersonId == child));
        requested.StartedOn.ShouldBeNull();

        var change = Links.ChangeSupportArrangement(child, requested.Id);
        (await page.PageTextAsync(change)).ShouldContain($"value=\"{Today.AddDays(-10).Day}\"");
        (await page.PostFormAsync(change, new Dictionary<string, string>
        {
            ["ArrangementId"] = requested.Id.ToString(),
            ["Kind"] = nameof(SupportKind.IndependentVisitor),
            ["ProviderName"] = "Hearth Independent Visitors",
        }.With(Date("RequestedOn", Today.AddDays(-10))).With(Date("StartedOn", Today)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var matched = await app.QueryAsync(db => db.SupportArrangements.AsNoTracking().SingleAsync(s => s.PersonId == child));
        (matched.Id, matched.StartedOn, matched.ProviderName).ShouldBe((requested.Id, (DateOnly?)Today, "Hearth Independent Visitors"));
        (await page.PageTextAsync(Links.LookedAfterHealth(child))).ShouldContain("Hearth Independent Visitors");
    }

    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(-1, $"no {testId} on the page");
        return html[start..html.IndexOf("</dd>", start, StringComparison.Ordinal)];
    }
}
