using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Audit;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.People;

public sealed class RestrictedRecordTests(HearthWebApp app)
{
    [Fact]
    public async Task Someone_not_on_the_list_gets_exactly_the_page_for_a_record_that_does_not_exist()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var outsider = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Poppy", TestData.UniqueFamilyName());
        await app.RestrictAsync(child.Id, manager);
        var page = await app.SignInAsync(outsider);

        var restricted = await page.GetAsync($"/people/{child.Id}");
        var missing = await page.GetAsync($"/people/{Guid.NewGuid()}");

        restricted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The sign-out form's antiforgery token is fresh on every page; everything else must match.
        WithoutTokens(await restricted.Content.ReadAsStringAsync()).ShouldBe(WithoutTokens(await missing.Content.ReadAsStringAsync()));
        var attempts = await app.QueryAsync(db => db.AccessEvents.Where(a => a.PersonId == child.Id && a.UserId == outsider.Id).ToListAsync());
        attempts.ShouldAllBe(a => a.Kind == AccessKind.RefusedRestrictedRecord);
        attempts.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_api_answers_a_restricted_record_as_not_found_and_search_leaves_it_out()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var outsider = await app.CreateUserAsync(Role.SocialWorker);
        var family = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Poppy", family);
        await app.RestrictAsync(child.Id, manager);
        var api = await app.ApiClientAsync(outsider);

        (await api.GetAsync($"/api/v1/people/{child.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/v1/people/{child.Id}/case-notes")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q=Poppy%20{family}")).GetArrayLength().ShouldBe(0);

        var named = await app.ApiClientAsync(manager);
        (await named.GetAsync($"/api/v1/people/{child.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await named.GetFromJsonAsync<JsonElement>($"/api/v1/people?q=Poppy%20{family}")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Refused_attempts_are_listed_for_administrators()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var outsider = await app.CreateUserAsync(Role.SocialWorker, "Curious Colin");
        var admin = await app.CreateUserAsync(Role.Administrator);
        var child = await app.CreatePersonAsync("Poppy", TestData.UniqueFamilyName());
        await app.RestrictAsync(child.Id, manager);
        await (await app.SignInAsync(outsider)).GetAsync($"/people/{child.Id}");

        var html = await (await app.SignInAsync(admin)).GetHtmlAsync("/admin/refused-access");

        html.ShouldContain("Curious Colin");
        html.ShouldContain(child.Reference);
    }

    private static string WithoutTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");
}
