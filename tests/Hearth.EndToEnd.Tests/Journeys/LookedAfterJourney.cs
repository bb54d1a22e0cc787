using System.Globalization;
using System.IO.Compression;
using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus;
using Hearth.EndToEnd.Tests.Infrastructure;
using Hearth.Web;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>
/// A looked-after child (issue 6, acceptance 1) in Chromium: the child becomes looked after under section 20 with
/// in-house foster carers, moves to a second placement under an interim care order, goes missing for one night and has a
/// return home interview on the second day; the IRO records the first and second reviews; the child's page shows the
/// two SSDA903 episodes the rules give (RNE S, then B) and the analyst's 903 export carries them. Every page passes axe.
/// </summary>
public sealed class LookedAfterJourney(BrowserFixture browser, HearthServer server)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_child_looked_after_under_section_20_moves_under_an_interim_care_order_goes_missing_is_reviewed_and_is_in_the_903()
    {
        _ = browser.Browser;
        var child = await server.RecordChildAsync("Kezia", HearthServer.UniqueWord("L"));
        var today = DateOnly.FromDateTime(EnglandClock.ToEnglandTime(DateTime.UtcNow));
        var lookedAfter = today.AddDays(-60);
        var moved = lookedAfter.AddDays(30);
        var wentMissing = lookedAfter.AddDays(40);
        var firstReview = lookedAfter.AddDays(14);
        var secondReview = lookedAfter.AddDays(55);

        await using (var worker = await Journey.SignedInAsync(browser, server, "social.worker"))
        {
            await worker.GotoAsync(Links.Person(child.Id));
            await worker.OpenTabAsync("Looked after");
            (await worker.TestId("no-care-periods").InnerTextAsync()).ShouldContain("has not been looked after");
            await worker.ClickAsync("start-care-period");
            (await worker.Heading()).ShouldBe("Record that the child became looked after");

            // A mistake first: no date and no placement type. Nothing is saved and the errors say what to do.
            await worker.ClickAsync("save-start");
            (await worker.TestId("error-summary").InnerTextAsync()).ShouldContain("Enter the date");
            await worker.ScreenshotAsync("60-looked-after-start-errors");

            await FillDateAsync(worker, "StartDate", lookedAfter);
            await worker.Page.SelectOptionAsync("#CategoryOfNeed", "N1");
            await worker.Page.SelectOptionAsync("#LegalStatus", "V2");
            await worker.TestId("HomePostcode").FillAsync("AL1 3JZ");
            await worker.Page.SelectOptionAsync("#PlacementType", "U6");
            await worker.Page.SelectOptionAsync("#Provider", "PR1");
            await worker.TestId("CarerName").FillAsync("Jan and Mo Fielding (in-house foster carers)");
            await worker.TestId("Urn").FillAsync("SC900123");
            await worker.TestId("PlacementPostcode").FillAsync("SG1 2DA");
            await worker.TestId("OutOfArea-false").CheckAsync();
            await worker.TestId("LongTerm-false").CheckAsync();
            await worker.ScreenshotAsync("61-looked-after-start");
            await worker.ClickAsync("save-start");
            (await worker.TestId("care-period-open").InnerTextAsync()).ShouldBe("Looked after");

            // The interim care order and the move to the second placement, on the same day.
            await worker.ClickAsync("change-legal-status");
            await FillDateAsync(worker, "From", moved);
            await worker.Page.SelectOptionAsync("#LegalStatus", "C1");
            await worker.ClickAsync("save-legal-status");
            await worker.ClickAsync("move-placement");
            (await worker.Heading()).ShouldContain("Move");
            await FillDateAsync(worker, "From", moved);
            await worker.Page.SelectOptionAsync("#ReasonForMove", "CARPL");
            await worker.TestId("SameCarer-false").CheckAsync();
            await worker.Page.SelectOptionAsync("#PlacementType", "U4");
            await worker.Page.SelectOptionAsync("#Provider", "PR4");
            await worker.TestId("CarerName").FillAsync("Bright Futures Fostering: Alex Reed");
            await worker.TestId("Urn").FillAsync("SC900456");
            await worker.TestId("PlacementPostcode").FillAsync("WD17 1HP");
            await worker.TestId("OutOfArea-false").CheckAsync();
            await worker.TestId("LongTerm-false").CheckAsync();
            await worker.ScreenshotAsync("62-looked-after-move");
            await worker.ClickAsync("save-move");

            // The episodes are worked out, never typed: S (started, s20 in-house foster care), then B (legal status,
            // placement and carer all changed), the first ending the day the second starts with X1 and the reason for the move.
            var episodes = worker.TestId("ssda903-episode");
            (await episodes.CountAsync()).ShouldBe(2);
            (await episodes.Nth(0).GetByTestId("episode-rne").InnerTextAsync()).ShouldBe("S");
            (await episodes.Nth(0).GetByTestId("episode-ls").InnerTextAsync()).ShouldBe("V2");
            (await episodes.Nth(0).GetByTestId("episode-place").InnerTextAsync()).ShouldBe("U6");
            (await episodes.Nth(0).GetByTestId("episode-dec").InnerTextAsync()).ShouldBe(Dmy(moved));
            (await episodes.Nth(0).GetByTestId("episode-rec").InnerTextAsync()).ShouldBe("X1");
            (await episodes.Nth(0).GetByTestId("episode-reason-place-change").InnerTextAsync()).ShouldBe("CARPL");
            (await episodes.Nth(1).GetByTestId("episode-rne").InnerTextAsync()).ShouldBe("B");
            (await episodes.Nth(1).GetByTestId("episode-ls").InnerTextAsync()).ShouldBe("C1");
            (await episodes.Nth(1).GetByTestId("episode-place").InnerTextAsync()).ShouldBe("U4");
            (await episodes.Nth(1).GetByTestId("episode-decom").InnerTextAsync()).ShouldBe(Dmy(moved));
            await worker.ScreenshotAsync("63-looked-after-episodes");

            // Missing for one night, back in the morning; the return home interview the next day, within 72 hours.
            await worker.OpenTabAsync("Missing");
            await worker.ClickAsync("record-missing-episode");
            await worker.TestId("Kind-Missing").CheckAsync();
            await FillDateAsync(worker, "StartedAt", wentMissing);
            await worker.TestId("StartedAtTime").FillAsync("21:30");
            await FillDateAsync(worker, "ReturnedAt", wentMissing.AddDays(1));
            await worker.TestId("ReturnedAtTime").FillAsync("08:15");
            await worker.TestId("ReportedToPolice-true").CheckAsync();
            await worker.TestId("WhereFound").FillAsync("Found by police at a friend's flat in Stevenage.");
            await worker.ScreenshotAsync("64-missing-episode");
            await worker.ClickAsync("save-missing-episode");
            (await worker.TestId("missing-episode").CountAsync()).ShouldBe(1);
            await worker.ClickAsync("record-return-interview");
            await FillDateAsync(worker, "OfferedAt", wentMissing.AddDays(1));
            await worker.TestId("OfferedAtTime").FillAsync("11:00");
            await worker.TestId("Accepted-true").CheckAsync();
            await FillDateAsync(worker, "HeldAt", wentMissing.AddDays(2));
            await worker.TestId("HeldAtTime").FillAsync("16:00");
            await worker.TestId("InterviewedBy").FillAsync("Priya Shah, independent return interview worker");
            await worker.TestId("WhereAndWithWhom").FillAsync("Kezia said she stayed at her friend Dee's flat with Dee's older brother and two men she did not know.");
            await worker.ScreenshotAsync("65-return-interview");
            await worker.ClickAsync("save-return-interview");
            (await worker.TestId("held-timeliness").InnerTextAsync()).ShouldContain("within 72 hours");
            (await worker.TestId("where-and-with-whom").InnerTextAsync()).ShouldContain("Dee's flat");
            await worker.ScreenshotAsync("66-missing-tab");
        }

        // The IRO chairs the first review (within 20 working days) and the second.
        await using (var iro = await Journey.SignedInAsync(browser, server, "iro"))
        {
            await iro.GotoAsync(Links.LookedAfterReviews(child.Id));
            foreach (var (held, code) in new[] { (firstReview, "PN1"), (secondReview, "PN2") })
            {
                await iro.ClickAsync("record-review");
                await FillDateAsync(iro, "HeldOn", held);
                await iro.TestId("ChairName").FillAsync("Rachel Stone");
                await iro.TestId($"ParticipationCode-{code}").CheckAsync();
                await iro.TestId("Recommendations").FillAsync("Keep Kezia's school place; life story work to start.");
                await iro.ClickAsync("save-review");
            }
            (await iro.TestId("review").CountAsync()).ShouldBe(2);
            (await iro.TestId("next-review-due").InnerTextAsync()).ShouldContain(secondReview.AddMonths(6).ToString("d MMMM yyyy", English));
            await iro.ScreenshotAsync("67-looked-after-reviews");
        }

        // The analyst's SSDA903 for the year carries the two episodes, as the child's page shows them.
        await using (var analyst = await Journey.SignedInAsync(browser, server, "performance"))
        {
            var year = CensusYear.Containing(today).ToString();
            await analyst.GotoAsync(Links.Ssda903ForYear(year));
            await analyst.ScreenshotAsync("68-ssda903-return");
            var download = await analyst.Page.RunAndWaitForDownloadAsync(() => analyst.TestId("download-csv").ClickAsync());
            var saved = Path.Combine(Path.GetTempPath(), $"hearth-e2e-{Guid.NewGuid():N}.zip");
            await download.SaveAsAsync(saved);
            try
            {
                using var zip = ZipFile.OpenRead(saved);
                using var reader = new StreamReader(zip.GetEntry("episodes.csv")!.Open());
                var rows = (await reader.ReadToEndAsync()).Split('\n').Where(l => l.StartsWith(child.Reference + ",", StringComparison.Ordinal)).ToList();
                rows.Count.ShouldBe(2);
                rows[0].ShouldStartWith($"{child.Reference},{Dmy(lookedAfter)},S,V2,N1,U6,PR1,{Dmy(moved)},X1,CARPL,");
                rows[1].ShouldStartWith($"{child.Reference},{Dmy(moved)},B,C1,N1,U4,PR4,,,,");
            }
            finally
            {
                File.Delete(saved);
            }
        }
    }

    private static string Dmy(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static async Task FillDateAsync(Journey journey, string id, DateOnly date)
    {
        await journey.TestId($"{id}_Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await journey.TestId($"{id}_Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await journey.TestId($"{id}_Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
