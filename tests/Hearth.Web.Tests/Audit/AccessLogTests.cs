using System.Net;
using Hearth.Core.Audit;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Audit;

public sealed class AccessLogTests(HearthWebApp app)
{
    [Fact]
    public async Task Opening_a_record_page_writes_an_access_event_for_that_user()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var person = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        (await page.GetAsync($"/people/{person.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var viewed = await app.QueryAsync(db => db.AccessEvents.Where(a => a.PersonId == person.Id && a.UserId == worker.Id).ToListAsync());
        viewed.ShouldContain(a => a.Kind == AccessKind.ViewedRecord && a.Channel == "web");
    }

    [Fact]
    public async Task A_search_result_list_logs_the_search_and_every_person_shown()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var family = TestData.UniqueFamilyName();
        var first = await app.CreatePersonAsync("Ivy", family);
        var second = await app.CreatePersonAsync("Iris", family);
        var page = await app.SignInAsync(worker);

        var html = await page.GetHtmlAsync($"/people/search?q={family}");

        // The search is fuzzy, so another test's made-up family name may sound alike and be shown too: what matters is
        // that the search and every person shown are logged, however many that is.
        html.ShouldContain(first.Reference);
        html.ShouldContain(second.Reference);
        var events = await app.QueryAsync(db => db.AccessEvents.Where(a => a.UserId == worker.Id).ToListAsync());
        var search = events.Single(a => a.Kind == AccessKind.SearchedPeople);
        html.ShouldContain($"{search.ResultCount} people found");
        var shown = events.Where(a => a.Kind == AccessKind.AppearedInSearchResults).Select(a => a.PersonId).ToList();
        shown.ShouldContain(first.Id);
        shown.ShouldContain(second.Id);
        shown.Count.ShouldBe(search.ResultCount!.Value);
    }

    [Fact]
    public async Task Reading_through_the_api_is_logged_as_the_api()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var person = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var api = await app.ApiClientAsync(worker);

        (await api.GetAsync($"/api/v1/people/{person.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.QueryAsync(db => db.AccessEvents.AnyAsync(a => a.PersonId == person.Id && a.UserId == worker.Id && a.Channel == "api" && a.Kind == AccessKind.ViewedRecord)))
            .ShouldBeTrue();
    }

    [Fact]
    public async Task A_manager_sees_who_has_viewed_a_record_and_a_social_worker_may_not()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker, "Viewer Vera");
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var person = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        await (await app.SignInAsync(worker)).GetAsync($"/people/{person.Id}");

        var html = await (await app.SignInAsync(manager)).GetHtmlAsync($"/people/{person.Id}/access-log");
        html.ShouldContain("Viewer Vera");

        var refused = await (await app.SignInAsync(worker)).GetAsync($"/people/{person.Id}/access-log");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/forbidden");
    }
}

public sealed class ExportTests(HearthWebApp app)
{
    [Fact]
    public async Task Exporting_a_record_downloads_it_and_logs_an_export_event()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var person = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        await app.CreateFinalNoteAsync(person.Id, manager, "Exported note text.");
        var page = await app.SignInAsync(manager);

        var response = await page.GetAsync($"/people/{person.Id}/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Exported note text.");
        (await app.QueryAsync(db => db.AccessEvents.AnyAsync(a => a.PersonId == person.Id && a.UserId == manager.Id && a.Kind == AccessKind.Exported)))
            .ShouldBeTrue();
    }
}
