using Hearth.Core.People;
using Hearth.EndToEnd.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>Search forgives spelling: a child is found by a misspelt first name.</summary>
public sealed class FindChildJourney(BrowserFixture browser, HearthServer server)
{
    [Fact]
    public async Task A_child_is_found_by_a_misspelt_name()
    {
        var child = await SeededChildAsync();
        var given = child.LegalName.GivenNames.Split(' ')[0];
        // Two letters swapped, as a hurried typist does: "Olivia" becomes "Oliiva".
        var misspelt = given[..3] + given[4] + given[3] + given[5..];
        misspelt.ShouldNotBe(given);

        await using var journey = await Journey.SignedInAsync(browser, server, "social.worker");
        await journey.ClickAsync(journey.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Find a person" }));
        (await journey.Heading()).ShouldBe("Find a person");

        await journey.TestId("q").FillAsync($"{misspelt} {child.LegalName.FamilyName}");
        await journey.ClickAsync("search");

        var results = journey.TestId("search-results");
        var link = results.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = child.LegalName.FullName, Exact = true });
        (await link.CountAsync()).ShouldBeGreaterThan(0, $"{child.LegalName.FullName} was not found by '{misspelt}'");
        (await results.InnerTextAsync()).ShouldContain(child.Reference);
        await journey.ScreenshotAsync("03-search-results");

        await journey.ClickAsync(link.First);
        (await journey.TestId("person-name").InnerTextAsync()).ShouldBe(child.DisplayName);
        await journey.ScreenshotAsync("04-child-record");
    }

    /// <summary>A seeded, unrestricted child whose first name is long enough to misspell.</summary>
    private async Task<Person> SeededChildAsync()
    {
        var children = await server.QueryAsync(db => db.People.AsNoTracking().Include(p => p.Names)
            .Where(p => !p.IsRestricted && p.MergedIntoId == null && p.DateOfBirth != null && p.DateOfBirth > new DateOnly(2010, 1, 1))
            .OrderBy(p => p.Reference)
            .ToListAsync());
        return children.First(p =>
        {
            var given = p.LegalName.GivenNames.Split(' ')[0];
            return given.Length >= 6 && given.All(char.IsAsciiLetter) && char.ToLowerInvariant(given[3]) != char.ToLowerInvariant(given[4]);
        });
    }
}
