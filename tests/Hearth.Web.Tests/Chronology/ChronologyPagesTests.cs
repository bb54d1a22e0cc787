using System.Net;
using Hearth.Core.Audit;
using Hearth.Core.Chronology;
using Hearth.Core.Data;
using Hearth.Core.Documents;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.FrontDoor;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.Chronology;

/// <summary>The chronology through its pages: built from the front door's events, workers' entries, filters, significance and the PDF.</summary>
public sealed class ChronologyPagesTests(HearthWebApp app)
{
    /// <summary>The PDF's lines joined back into running text, as a reader sees them.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static DateOnly Today => DateOnly.FromDateTime(EnglandClock.ToEnglandTime(DateTime.UtcNow));

    private async Task<(User Worker, Core.People.Person Child, Contact Contact)> ReferredChildAsync()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Chloe", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        await app.RateAsync(worker, contact.Id, RagRating.Amber);
        await app.DecideAsync(worker, contact.Id, ThresholdOutcome.ReferralForAssessment);
        return (worker, child, contact);
    }

    private Task<Dictionary<string, string>> AddEntryAsync(PageClient page, Guid childId, DateOnly date, string source, string what) =>
        Task.FromResult(new Dictionary<string, string> { ["Source"] = source, ["WhatHappened"] = what }.With(Date("Date", date)));

    [Fact]
    public async Task The_chronology_shows_each_front_door_step_for_a_child_after_a_contact_and_a_referral_decision()
    {
        var (worker, child, contact) = await ReferredChildAsync();
        var page = await app.SignInAsync(worker);

        var html = await page.PageTextAsync(Links.Chronology(child.Id));

        html.ShouldContain("data-testid=\"chronology-entries\"");
        html.ShouldContain($"{contact.Reference} received");
        html.ShouldContain($"Contact {contact.Reference} rated Amber");
        html.ShouldContain($"Threshold decision on contact {contact.Reference}");
        html.ShouldContain("Child in need episode opened");
        html.ShouldContain("Front door");
        html.ShouldNotContain("Linked to contact");
    }

    [Fact]
    public async Task A_worker_adds_another_agency_s_event_and_the_filters_find_it_by_source_date_and_significance()
    {
        var (worker, child, _) = await ReferredChildAsync();
        var page = await app.SignInAsync(worker);
        var what = $"Police attended a domestic incident at the home {Guid.NewGuid():N}";

        var response = await page.PostFormAsync(Links.AddChronologyEntry(child.Id), await AddEntryAsync(page, child.Id, Today.AddDays(-10), "Police", what));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PageTextAsync(Links.Chronology(child.Id))).ShouldContain(what);
        var police = await page.PageTextAsync(Links.ChronologyFiltered(child.Id, false, null, null, "Police"));
        police.ShouldContain(what);
        police.ShouldNotContain("Threshold decision on contact");
        var recent = await page.PageTextAsync(Links.ChronologyFiltered(child.Id, false, Today.AddDays(-5), null, null));
        recent.ShouldNotContain(what);
        recent.ShouldContain("Threshold decision on contact");
        var older = await page.PageTextAsync(Links.ChronologyFiltered(child.Id, false, null, Today.AddDays(-9), null));
        older.ShouldContain(what);
        older.ShouldNotContain("Threshold decision on contact");
        (await page.PageTextAsync(Links.ChronologyFiltered(child.Id, true, null, null, null))).ShouldContain("data-testid=\"no-chronology-entries\"");
    }

    [Fact]
    public async Task An_entry_without_a_date_or_source_is_refused_and_nothing_is_added()
    {
        var (worker, child, _) = await ReferredChildAsync();
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.AddChronologyEntry(child.Id), new Dictionary<string, string> { ["Source"] = "", ["WhatHappened"] = "Something" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("data-testid=\"error-summary\"");
        html.ShouldContain("Enter the date it happened");
        (await app.QueryAsync(db => db.ChronologyEntries.CountAsync(e => e.PersonId == child.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Marking_an_entry_significant_with_its_impact_is_saved_as_events_that_keep_the_old_value()
    {
        var (worker, child, contact) = await ReferredChildAsync();
        var page = await app.SignInAsync(worker);
        var decision = await app.QueryAsync(db => db.ProcessEvents
            .Where(e => e.EventType == "ThresholdDecisionMade" && e.Subjects.Any(s => s.PersonId == child.Id)).Select(e => e.Id).SingleAsync());

        (await page.PostFormAsync(Links.AnnotateChronologyEntry(child.Id, decision),
            new() { ["Significant"] = "true", ["Impact"] = "First time the risk of harm was recognised" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.AnnotateChronologyEntry(child.Id, decision),
            new() { ["Significant"] = "true", ["Impact"] = "The child was assessed for the first time" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var significant = await page.PageTextAsync(Links.ChronologyFiltered(child.Id, true, null, null, null));
        significant.ShouldContain("data-testid=\"significant-tag\"");
        significant.ShouldContain("The child was assessed for the first time");
        significant.ShouldContain($"Threshold decision on contact {contact.Reference}");
        significant.ShouldNotContain($"Contact {contact.Reference} rated Amber");
        var payloads = await app.QueryAsync(db => db.ProcessEvents
            .Where(e => e.EventType == nameof(ChronologyEntryAnnotated) && e.Subjects.Any(s => s.PersonId == child.Id)).OrderBy(e => e.Id).Select(e => e.Payload).ToListAsync());
        payloads.Count.ShouldBe(2);
        payloads[1].ShouldContain("First time the risk of harm was recognised");
        payloads[1].ShouldContain("The child was assessed for the first time");
        (await page.PageTextAsync(Links.Chronology(child.Id))).ShouldNotContain("Chronology entry marked significant");
    }

    [Fact]
    public async Task An_entry_from_another_child_s_chronology_cannot_be_annotated_through_this_child()
    {
        var (worker, child, _) = await ReferredChildAsync();
        var (_, other, _) = await ReferredChildAsync();
        var page = await app.SignInAsync(worker);
        var othersEvent = await app.QueryAsync(db => db.ProcessEvents
            .Where(e => e.EventType == "ThresholdDecisionMade" && e.Subjects.Any(s => s.PersonId == other.Id)).Select(e => e.Id).SingleAsync());

        (await page.GetAsync(Links.AnnotateChronologyEntry(child.Id, othersEvent))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_PDF_holds_each_entry_s_date_source_text_and_impact_and_its_download_is_logged()
    {
        var (worker, child, contact) = await ReferredChildAsync();
        var page = await app.SignInAsync(worker);
        var what = $"Admitted to hospital with a head injury {Guid.NewGuid():N}"[..60];
        await page.PostFormAsync(Links.AddChronologyEntry(child.Id), await AddEntryAsync(page, child.Id, Today.AddDays(-3), "Hospital", what));
        var entry = await app.QueryAsync(db => db.ProcessEvents
            .Where(e => e.EventType == nameof(ChronologyEntryAdded) && e.Subjects.Any(s => s.PersonId == child.Id)).Select(e => e.Id).SingleAsync());
        await page.PostFormAsync(Links.AnnotateChronologyEntry(child.Id, entry), new() { ["Significant"] = "true", ["Impact"] = "Injury unexplained" });

        var response = await page.GetAsync(Links.ChronologyPdf(child.Id, false, null, null, null));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = Flat(PdfText.ExtractText(await response.Content.ReadAsByteArrayAsync()));
        text.ShouldContain("Hospital");
        text.ShouldContain(what);
        text.ShouldContain("Injury unexplained");
        text.ShouldContain($"Threshold decision on contact {contact.Reference}");
        text.ShouldContain(Today.AddDays(-3).ToString("d MMMM yyyy"));
        (await app.QueryAsync(db => db.AccessEvents.CountAsync(a => a.PersonId == child.Id && a.Kind == AccessKind.DownloadedDocument && a.UserId == worker.Id)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task The_PDF_of_significant_entries_leaves_the_others_out()
    {
        var (worker, child, contact) = await ReferredChildAsync();
        var page = await app.SignInAsync(worker);

        var text = Flat(PdfText.ExtractText(await (await page.GetAsync(Links.ChronologyPdf(child.Id, true, null, null, null))).Content.ReadAsByteArrayAsync()));

        text.ShouldContain("There are no entries");
        text.ShouldNotContain(contact.Reference + " received");
    }
}
