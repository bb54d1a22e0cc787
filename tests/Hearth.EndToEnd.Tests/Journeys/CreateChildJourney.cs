using Hearth.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>
/// Search before create: a search finds no one, so the worker records the child, then the child's
/// mother and brother from the Family and network tab. The relationship reads right from both sides.
/// </summary>
public sealed class CreateChildJourney(BrowserFixture browser, HearthServer server)
{
    [Fact]
    public async Task A_new_child_and_their_family_are_recorded_after_a_search_finds_no_one()
    {
        var family = HearthServer.UniqueWord("Q");
        var child = new NewPerson("Ellora", family, "14", "3", "2017", "F");
        var mother = new NewPerson("Marisol", family, "2", "11", "1990", "F");
        var brother = new NewPerson("Tobiah", family, "30", "6", "2014", "M");

        await using var journey = await Journey.SignedInAsync(browser, server, "social.worker");
        await journey.GotoAsync("/people/search");
        await SearchAsync(journey, child);
        await journey.ScreenshotAsync("05-search-no-match");

        await journey.ClickAsync("create-person");
        (await journey.Heading()).ShouldBe("Create a new person");
        // The search's words are carried into the form.
        (await journey.TestId("Input_GivenNames").InputValueAsync()).ShouldBe(child.Given);
        (await journey.TestId("Input_FamilyName").InputValueAsync()).ShouldBe(child.Family);
        await FillAsync(journey, child);
        await journey.ScreenshotAsync("06-create-person");
        await SaveAsync(journey);

        (await journey.TestId("created-banner").InnerTextAsync()).ShouldContain($"{child.FullName} has been recorded");
        (await journey.Page.TitleAsync()).ShouldBe($"{child.FullName} – Hearth");
        (await journey.TestId("person-details").InnerTextAsync()).ShouldContain("HT2 7LS");
        var childUrl = journey.Page.Url.Split('?')[0];
        await journey.ScreenshotAsync("07-child-created");

        await journey.OpenTabAsync("Family and network");
        (await journey.MainText()).ShouldContain("No relationships recorded.");

        await AddRelativeAsync(journey, mother, "ParentOf", screenshot: "08-add-relationship");
        await journey.TestId("relationships").GetByRole(AriaRole.Link, new() { Name = mother.FullName, Exact = true }).WaitForAsync();
        (await RelationshipOf(journey, mother)).ShouldBe("Mother");

        await AddRelativeAsync(journey, brother, "SiblingOf");
        (await RelationshipOf(journey, brother)).ShouldBe("Brother");
        (await RelationshipOf(journey, mother)).ShouldBe("Mother");
        (await journey.TestId("household").InnerTextAsync()).ShouldContain($"{mother.FullName} (Mother)");
        journey.Page.Url.ShouldBe($"{childUrl}/relationships");
        await journey.ScreenshotAsync("09-family-and-network");

        // The same relationship from the mother's side.
        await journey.ClickAsync(journey.TestId("relationships").GetByRole(AriaRole.Link, new() { Name = mother.FullName, Exact = true }));
        (await journey.TestId("person-name").InnerTextAsync()).ShouldBe(mother.FullName);
        await journey.OpenTabAsync("Family and network");
        (await RelationshipOf(journey, child)).ShouldBe("Daughter");
        await journey.ScreenshotAsync("10-family-from-the-mother");
    }

    private sealed record NewPerson(string Given, string Family, string Day, string Month, string Year, string Sex)
    {
        public string FullName => $"{Given} {Family}";
    }

    private static async Task SearchAsync(Journey journey, NewPerson person)
    {
        await journey.TestId("q").FillAsync(person.FullName);
        await journey.ClickAsync("search");
        (await journey.TestId("result-count").InnerTextAsync()).ShouldBe("No matching people");
    }

    private static async Task FillAsync(Journey journey, NewPerson person)
    {
        await journey.TestId("Input_GivenNames").FillAsync(person.Given);
        await journey.TestId("Input_FamilyName").FillAsync(person.Family);
        await journey.TestId("Input_Born-yes").CheckAsync();
        await journey.TestId("Input_DateOfBirth_Day").FillAsync(person.Day);
        await journey.TestId("Input_DateOfBirth_Month").FillAsync(person.Month);
        await journey.TestId("Input_DateOfBirth_Year").FillAsync(person.Year);
        await journey.TestId($"Input_Sex-{person.Sex}").CheckAsync();
        await journey.TestId("Input_Line1").FillAsync("7 Kiln Row");
        await journey.TestId("Input_Town").FillAsync("Hearthton");
        await journey.TestId("Input_Postcode").FillAsync("ht2 7ls");
    }

    /// <summary>Saves the create form; if possible duplicates are shown, confirms none is the person and saves again.</summary>
    private static async Task SaveAsync(Journey journey)
    {
        await journey.ClickAsync("save-person");
        if (await journey.TestId("possible-duplicates").CountAsync() > 0)
        {
            await journey.TestId("none-of-these").CheckAsync();
            await journey.ClickAsync("save-person");
        }
    }

    private static async Task AddRelativeAsync(Journey journey, NewPerson relative, string type, string? screenshot = null)
    {
        await journey.ClickAsync("add-relationship");
        (await journey.Heading()).ShouldBe("Find the related person");
        await SearchAsync(journey, relative);
        await journey.ClickAsync("create-person");
        await FillAsync(journey, relative);
        await SaveAsync(journey);

        (await journey.Heading()).ShouldStartWith($"How is {relative.FullName} related to");
        await journey.TestId($"Type-{type}").CheckAsync();
        await journey.TestId("SameHousehold-yes").CheckAsync();
        if (screenshot is not null)
        {
            await journey.ScreenshotAsync(screenshot);
        }
        await journey.ClickAsync("save-relationship");
    }

    /// <summary>What <paramref name="person"/> is to the record open on the Family and network tab.</summary>
    private static async Task<string> RelationshipOf(Journey journey, NewPerson person)
    {
        var row = journey.TestId("relationship").Filter(new() { Has = journey.Page.GetByRole(AriaRole.Link, new() { Name = person.FullName, Exact = true }) });
        return (await row.GetByTestId("relationship-type").InnerTextAsync()).Trim();
    }
}
