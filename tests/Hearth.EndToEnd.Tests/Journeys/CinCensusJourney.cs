using Hearth.Core.Assessment;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Xml;
using Hearth.Core.Statutory;
using Hearth.EndToEnd.Tests.Infrastructure;
using Hearth.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>
/// The CIN census (issue 5) in Chromium: an analyst opens the return, downloads the census file and
/// checks data quality by rule; a social worker explains a query on a child's record; the analyst
/// imports the synthetic census file with a dry run first. Every page passes axe.
/// </summary>
public sealed class CinCensusJourney(BrowserFixture browser, HearthServer server)
{
    private static readonly string SyntheticFile = Path.Combine(AppContext.BaseDirectory, "Assets", "cin-census-synthetic-2025-26.xml");

    [Fact]
    public async Task An_analyst_checks_and_downloads_the_return_a_worker_explains_a_query_and_the_analyst_imports_a_census_file()
    {
        _ = browser.Browser;
        var child = await server.RecordChildAsync("Ines", HearthServer.UniqueWord("C"));
        // Referred 60 working days ago with the assessment still open: query 8670Q (assessment over 45 working days).
        await server.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var manager = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "team.manager");
            var worker = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "social.worker");
            var today = DateOnly.FromDateTime(EnglandClock.ToEnglandTime(DateTime.UtcNow));
            var referred = WorkingDays.AddWorkingDays(today, -60);
            var contact = await sp.GetRequiredService<ContactRecording>().RecordAsync(new ContactInput
            {
                SubmissionKey = Guid.NewGuid(),
                ReceivedAt = DateTime.SpecifyKind(referred.ToDateTime(new TimeOnly(10, 0)), DateTimeKind.Utc),
                Channel = ContactChannel.Phone,
                Type = ContactType.Concern,
                ReferrerName = "School nurse",
                ReferralSource = "3C",
                Concern = "Ines is often tired and hungry at school.",
                Consent = ConsentStatus.Given,
                IsReferral = true,
                Children = [child.Id],
            }, new ProcessContext(manager.Id, manager.DisplayName));
            await sp.GetRequiredService<ThresholdDecisions>().DecideAsync(contact.Id, ThresholdOutcome.ReferralForAssessment, "Needs an assessment.",
                new ProcessContext(manager.Id, manager.DisplayName));
            var episode = await db.CinEpisodes.SingleAsync(e => e.PersonId == child.Id);
            var start = WorkingDays.AddWorkingDays(today, -59);
            await sp.GetRequiredService<AssessmentService>().StartAsync(episode.Id, new AssessmentInput
            {
                StartDate = start,
                ChildSeenDate = start,
                ChildSeenAloneDate = start,
                ChildViews = "I like school.",
                HowViewsGathered = "Seen alone at school",
                Analysis = "Analysis of risks and protective factors.",
                Factors = ["1B"],
                Recommendation = "A child in need plan",
                Outcome = AssessmentOutcome.ChildInNeedPlan,
                PrimaryNeedCode = "N1",
            }, new ProcessContext(worker.Id, worker.DisplayName));
            return true;
        });
        var year = CensusYear.Containing(DateOnly.FromDateTime(EnglandClock.ToEnglandTime(DateTime.UtcNow))).ToString();

        await using (var analyst = await Journey.SignedInAsync(browser, server, "performance"))
        {
            await analyst.ClickAsync(analyst.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Returns", Exact = true }));
            (await analyst.Heading()).ShouldBe($"Children in need census {year}");
            (await analyst.MainText()).ShouldContain("8670Q");
            await analyst.ScreenshotAsync("50-cin-census-return");

            var download = await analyst.Page.RunAndWaitForDownloadAsync(() => analyst.TestId("download-xml").ClickAsync());
            download.SuggestedFilename.ShouldBe($"cin-census-{year}.xml");
            var saved = Path.Combine(Path.GetTempPath(), $"hearth-e2e-{Guid.NewGuid():N}.xml");
            await download.SaveAsAsync(saved);
            try
            {
                await using var xml = File.OpenRead(saved);
                var read = CinCensusXmlReader.Read(xml);
                read.Errors.ShouldBeEmpty();
                read.Message!.Children.ShouldContain(c => c.LaChildId == child.Reference);
            }
            finally
            {
                File.Delete(saved);
            }

            await analyst.ClickAsync("data-quality-link");
            (await analyst.Heading()).ShouldBe("Census data quality");
            await analyst.ScreenshotAsync("51-data-quality");
            await analyst.TestId("rule").SelectOptionAsync("8670Q");
            await analyst.ClickAsync("apply-filters");
            analyst.Page.Url.ShouldContain("rule=8670Q");
            (await analyst.TestId("open-findings").InnerTextAsync()).ShouldContain(child.LegalName.FullName);
            await analyst.ScreenshotAsync("52-data-quality-by-rule");
        }

        await using (var worker = await Journey.SignedInAsync(browser, server, "social.worker"))
        {
            await worker.GotoAsync(Links.Person(child.Id));
            (await worker.TestId("census-data-quality").InnerTextAsync()).ShouldContain("8670Q");
            await worker.ScreenshotAsync("53-child-census-data-quality");
            await worker.ClickAsync("census-data-quality-link");
            await worker.ScreenshotAsync("54-child-data-quality");
            var query = worker.Page.Locator("[data-testid=open-query]", new() { HasText = "AssessmentActualStartDate" }).Filter(new() { HasText = "8670Q" }).First;
            await worker.ClickAsync(query.GetByRole(Microsoft.Playwright.AriaRole.Button));
            (await worker.TestId("error-summary").InnerTextAsync()).ShouldContain("Enter why this is right");
            await worker.ScreenshotAsync("55-explain-query-error");
            query = worker.Page.Locator("[data-testid=open-query]", new() { HasText = "AssessmentActualStartDate" }).Filter(new() { HasText = "8670Q" }).First;
            await query.Locator("textarea").FillAsync("Ines was in hospital for six weeks; the assessment resumes when she is home.");
            await worker.ClickAsync(query.GetByRole(Microsoft.Playwright.AriaRole.Button));
            (await worker.TestId("explained-banner").InnerTextAsync()).ShouldContain("The query has been explained");
            (await worker.TestId("explained").InnerTextAsync()).ShouldContain("Ines was in hospital for six weeks");
            await worker.ScreenshotAsync("56-query-explained");
        }

        await using (var analyst = await Journey.SignedInAsync(browser, server, "performance"))
        {
            await analyst.GotoAsync(Links.CinCensus);
            await analyst.ClickAsync("import-link");
            (await analyst.Heading()).ShouldBe("Import a census file");
            await analyst.ScreenshotAsync("57-census-import");
            await analyst.TestId("Upload").SetInputFilesAsync(SyntheticFile);
            await analyst.ClickAsync("check");
            (await analyst.Heading()).ShouldBe("Check the census import");
            (await analyst.TestId("import-children").InnerTextAsync()).ShouldContain("CHILD001");
            (await server.QueryAsync(db => db.People.CountAsync(p => p.Reference == "CHILD001"))).ShouldBe(0);
            await analyst.ScreenshotAsync("58-census-import-dry-run");
            await analyst.ClickAsync("import");
            (await analyst.TestId("imported-banner").InnerTextAsync()).ShouldContain("children imported");
            (await server.QueryAsync(db => db.People.CountAsync(p => p.Reference == "CHILD001"))).ShouldBe(1);
            await analyst.ScreenshotAsync("59-census-imported");
        }
    }
}
