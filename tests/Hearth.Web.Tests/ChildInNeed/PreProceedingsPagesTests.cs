using System.Net;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.ChildInNeed.ChildInNeedTestData;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.ChildInNeed;

/// <summary>Pre-proceedings and family group decision making, recorded on the episode and sent in the 2026-27 census block only.</summary>
public sealed class PreProceedingsPagesTests(HearthWebApp app)
{
    [Fact]
    public async Task Pre_proceedings_are_recorded_then_changed_and_the_census_carries_them_from_2026_27()
    {
        // An episode open since 2025-26, so the year switch shows: the block is sent for 2026-27, not for 2025-26.
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName());
        var episode = await app.OpenEpisodeAsync(child.Id, new DateOnly(2025, 6, 2));
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var page = await app.SignInAsync(worker);
        (await page.PageTextAsync(Links.ChildInNeed(child.Id))).ShouldContain("Record pre-proceedings");

        var started = new DateOnly(2025, 7, 1);
        var response = await page.PostFormAsync(Links.RecordPreProceedings(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["FamilyGroupMeetingOffered"] = "true",
            ["FamilyGroupMeetingFacilitated"] = "false",
            ["ReviewMeetingsCount"] = "0",
        }.With(Date("StartDate", started)).With(Date("LetterBeforeProceedingsSentOn", started)));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var recorded = await app.QueryAsync(db => db.PreProceedings.AsNoTracking().SingleAsync(p => p.PersonId == child.Id));
        recorded.FamilyGroupMeetingOffered.ShouldBe(true);
        (await page.PageTextAsync(Links.ChildInNeed(child.Id))).ShouldContain("Offered, not held");

        (await page.PostFormAsync(Links.ChangePreProceedings(child.Id, episode.Id, recorded.Id), new Dictionary<string, string>
        {
            ["FamilyGroupMeetingOffered"] = "true",
            ["FamilyGroupMeetingFacilitated"] = "true",
            ["ReviewMeetingsCount"] = "2",
            ["Outcome"] = "a",
        }.With(Date("StartDate", started)).With(Date("LetterBeforeProceedingsSentOn", started)).With(Date("StepDecisionOn", Today))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changed = await app.QueryAsync(db => db.PreProceedings.AsNoTracking().SingleAsync(p => p.PersonId == child.Id));
        (changed.ReviewMeetingsCount, changed.Outcome, changed.StepDecisionOn).ShouldBe((2, "A", Today));

        var in2026 = await BuildAsync(child.Id, new CensusYear(2026));
        var sent = in2026.Children.ShouldHaveSingleItem().CinDetails.ShouldHaveSingleItem().PreProceedings.ShouldHaveSingleItem();
        (sent.StartDate, sent.FamilyGroupMeetingFacilitated, sent.ReviewMeetingsCount, sent.Outcome).ShouldBe((started, "1", "2", "A"));
        var in2025 = await BuildAsync(child.Id, new CensusYear(2025));
        in2025.Children.ShouldHaveSingleItem().CinDetails.ShouldHaveSingleItem().PreProceedings.ShouldBeEmpty("the block exists from 2026-27 only");
    }

    [Fact]
    public async Task Bad_pre_proceedings_are_refused_with_messages_and_nothing_is_saved()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var response = await page.PostFormAsync(Links.RecordPreProceedings(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["FamilyGroupMeetingOffered"] = "false",
            ["FamilyGroupMeetingFacilitated"] = "true",
            ["ReviewMeetingsCount"] = "lots",
            ["Outcome"] = "<script>",
        }.With(Date("StartDate", Today.AddDays(1))));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("Enter the number of review meetings as a whole number");
        (await app.QueryAsync(db => db.PreProceedings.CountAsync(p => p.PersonId == child.Id))).ShouldBe(0);

        var response2 = await page.PostFormAsync(Links.RecordPreProceedings(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["FamilyGroupMeetingOffered"] = "false",
            ["FamilyGroupMeetingFacilitated"] = "true",
            ["Outcome"] = "<script>",
        }.With(Date("StartDate", Today)).With(Date("InitialMeetingOn", episode.ReferralDate.AddDays(-1))));
        var html2 = await response2.HtmlAsync();
        html2.ShouldContain("can only be facilitated if it was offered");
        html2.ShouldContain("The outcome code must be letters or numbers");
        html2.ShouldContain("cannot be before pre-proceedings started");
        (await app.QueryAsync(db => db.PreProceedings.CountAsync(p => p.PersonId == child.Id))).ShouldBe(0);
    }

    private Task<CensusMessage> BuildAsync(Guid personId, CensusYear year) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CinCensusBuilder>().BuildAsync(year, new CensusScope(PersonId: personId)));
}
