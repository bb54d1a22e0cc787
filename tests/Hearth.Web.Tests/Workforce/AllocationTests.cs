using System.Net;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Workforce;

public sealed class AllocationTests(HearthWebApp app)
{
    [Fact]
    public async Task A_manager_reallocates_a_child_and_the_earlier_allocation_ends_the_day_before_and_shows_on_my_work()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var first = await app.CreateUserAsync(Role.SocialWorker);
        var second = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ada", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(manager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var earlier = today.AddDays(-10);
        (await page.GetHtmlAsync($"/people/{child.Id}/allocate")).ShouldNotContain("Why is the social worker changing?");

        (await page.PostFormAsync($"/people/{child.Id}/allocate", new()
        {
            ["WorkerId"] = first.Id.ToString(),
            ["StartDate.Day"] = $"{earlier.Day}",
            ["StartDate.Month"] = $"{earlier.Month}",
            ["StartDate.Year"] = $"{earlier.Year}",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.GetHtmlAsync($"/people/{child.Id}/allocate")).ShouldContain("Why is the social worker changing?");
        var withoutReason = await page.PostFormAsync($"/people/{child.Id}/allocate", new()
        {
            ["WorkerId"] = second.Id.ToString(),
            ["StartDate.Day"] = $"{today.Day}",
            ["StartDate.Month"] = $"{today.Month}",
            ["StartDate.Year"] = $"{today.Year}",
        });
        withoutReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withoutReason.Content.ReadAsStringAsync()).ShouldContain("Select why the social worker is changing");
        (await page.PostFormAsync($"/people/{child.Id}/allocate", new()
        {
            ["WorkerId"] = second.Id.ToString(),
            ["StartDate.Day"] = $"{today.Day}",
            ["StartDate.Month"] = $"{today.Month}",
            ["StartDate.Year"] = $"{today.Year}",
            ["ChangeReason"] = "LEFTRL",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var allocations = await app.QueryAsync(db => db.Allocations.Where(a => a.PersonId == child.Id).OrderBy(a => a.StartDate).ToListAsync());
        allocations.Count.ShouldBe(2);
        allocations[0].EndDate.ShouldBe(today.AddDays(-1));
        allocations[1].WorkerId.ShouldBe(second.Id);
        allocations[0].ChangeReason.ShouldBeNull("the first worker changed from no one");
        allocations[1].ChangeReason.ShouldBe("LEFTRL");
        (await (await app.SignInAsync(second)).GetHtmlAsync("/")).ShouldContain($"Ada {child.LegalName.FamilyName}");
        (await (await app.SignInAsync(first)).GetHtmlAsync("/")).ShouldNotContain($"Ada {child.LegalName.FamilyName}");
    }

    [Fact]
    public async Task Allocating_without_choosing_a_worker_is_refused_with_a_message()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Ada", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync($"/people/{child.Id}/allocate", new() { ["StartDate.Day"] = "1", ["StartDate.Month"] = "1", ["StartDate.Year"] = "2026" });

        (await response.Content.ReadAsStringAsync()).ShouldContain("Select the worker to allocate");
        (await app.QueryAsync(db => db.Allocations.CountAsync(a => a.PersonId == child.Id))).ShouldBe(0);
    }
}
