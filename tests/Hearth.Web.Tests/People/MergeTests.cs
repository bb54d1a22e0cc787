using System.Net;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.People;

public sealed class MergeTests(HearthWebApp app)
{
    [Fact]
    public async Task Merging_a_duplicate_keeps_both_histories_and_the_old_address_leads_to_the_survivor()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var family = TestData.UniqueFamilyName();
        var keep = await app.CreatePersonAsync("Olivia", family);
        var duplicate = await app.CreatePersonAsync("Livvy", family);
        await app.CreateFinalNoteAsync(duplicate.Id, manager, "Note written on the duplicate.");
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync($"/people/merge?keep={keep.Id}", new()
        {
            ["Keep"] = keep.Id.ToString(),
            ["DuplicateReference"] = duplicate.Reference,
            ["Reason"] = "Same child, recorded twice by the front door",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var history = await page.GetHtmlAsync($"/people/{keep.Id}/history");
        history.ShouldContain($"Duplicate record {duplicate.Reference} merged into this record");
        history.ShouldContain("Case note finalised");
        (await page.GetHtmlAsync($"/people/{keep.Id}/notes")).ShouldContain("Note written on the duplicate.");
        (await page.GetHtmlAsync($"/people/{keep.Id}")).ShouldContain($"Livvy {family}");
        var redirect = await page.GetAsync($"/people/{duplicate.Id}");
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.ToString().ShouldBe($"/people/{keep.Id}");
        (await app.QueryAsync(db => db.ProcessEvents.AnyAsync(e => e.EventType == "PeopleMerged" && e.Reason == "Same child, recorded twice by the front door")))
            .ShouldBeTrue();
    }

    [Fact]
    public async Task A_social_worker_cannot_merge_records()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var keep = await app.CreatePersonAsync("Olivia", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var response = await page.GetAsync($"/people/merge?keep={keep.Id}");

        response.Headers.Location!.ToString().ShouldContain("/forbidden");
    }
}
