using Hearth.EndToEnd.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>A case note is written, finalised, then corrected by an amendment that sits beside the original.</summary>
public sealed class CaseNoteJourney(BrowserFixture browser, HearthServer server)
{
    [Fact]
    public async Task A_finalised_case_note_is_amended_and_both_are_shown()
    {
        var child = await server.RecordChildAsync("Rowena", HearthServer.UniqueWord("N"));
        const string original = "Visited Rowena at home after school. She showed me her room and said she feels safe.";
        const string amendmentText = "The visit was on Wednesday, not Tuesday. Her grandmother was also present.";
        const string reason = "Wrong day and people present recorded";

        await using var journey = await Journey.SignedInAsync(browser, server, "social.worker");
        await journey.GotoAsync($"/people/{child.Id}");
        await journey.OpenTabAsync("Case notes");
        (await journey.MainText()).ShouldContain("No case notes yet.");

        await journey.ClickAsync("new-note");
        (await journey.Heading()).ShouldBe("Write a case note");
        var visited = DateTime.Today.AddDays(-2);
        await journey.TestId("NoteDate_Day").FillAsync(visited.Day.ToString());
        await journey.TestId("NoteDate_Month").FillAsync(visited.Month.ToString());
        await journey.TestId("NoteDate_Year").FillAsync(visited.Year.ToString());
        await journey.TestId("Subject").FillAsync("Home visit");
        await journey.TestId("Body").FillAsync(original);
        await journey.ScreenshotAsync("11-write-case-note");
        await journey.ClickAsync("save-note");

        var note = journey.TestId("case-note");
        (await note.CountAsync()).ShouldBe(1);
        (await note.GetByTestId("note-status").InnerTextAsync()).ShouldBe("Draft");

        await journey.ClickAsync(note.GetByTestId("finalise-note"));
        (await note.GetByTestId("note-status").InnerTextAsync()).ShouldBe("Final");
        (await note.GetByTestId("edit-note").CountAsync()).ShouldBe(0);

        await journey.ClickAsync(note.GetByTestId("amend-note"));
        (await journey.Heading()).ShouldBe("Amend a case note");
        await journey.TestId("Reason").FillAsync(reason);
        await journey.TestId("Text").FillAsync(amendmentText);
        await journey.ScreenshotAsync("12-amend-case-note");
        await journey.ClickAsync("save-amendment");

        (await note.GetByTestId("note-body").InnerTextAsync()).Trim().ShouldBe(original);
        var amendment = note.GetByTestId("amendment");
        (await amendment.CountAsync()).ShouldBe(1);
        var amendmentShown = await amendment.InnerTextAsync();
        amendmentShown.ShouldContain(amendmentText);
        amendmentShown.ShouldContain($"Reason: {reason}");
        amendmentShown.ShouldContain("Sam Okafor");
        await journey.ScreenshotAsync("13-case-notes");
    }
}
