using System.Net;
using System.Net.Http.Json;
using Hearth.Core.Audit;
using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.CaseNotes;

public sealed class FinalisedNoteTests(HearthWebApp app)
{
    private Task<CaseNote> ReloadAsync(Guid id) => app.QueryAsync(db => db.CaseNotes.Include(n => n.Amendments).SingleAsync(n => n.Id == id));

    [Fact]
    public async Task A_finalised_note_cannot_be_changed_through_the_api()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Leo", TestData.UniqueFamilyName());
        var note = await app.CreateFinalNoteAsync(child.Id, worker);
        var api = await app.ApiClientAsync(worker);

        var response = await api.PutAsJsonAsync($"/api/v1/case-notes/{note.Id}", new { subject = "Changed", body = "Rewritten" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReloadAsync(note.Id)).Body.ShouldBe("Saw the child at home.");
    }

    [Fact]
    public async Task A_finalised_note_cannot_be_changed_through_the_edit_page()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Leo", TestData.UniqueFamilyName());
        var note = await app.CreateFinalNoteAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);
        var editUrl = $"/people/{child.Id}/notes/{note.Id}/edit";

        (await page.GetAsync(editUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var post = await page.PostFormAsync(editUrl, new()
        {
            ["NoteDate.Day"] = "1",
            ["NoteDate.Month"] = "1",
            ["NoteDate.Year"] = "2026",
            ["Subject"] = "Changed",
            ["Body"] = "Rewritten",
        }, formPage: $"/people/{child.Id}/notes/new");

        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReloadAsync(note.Id)).Body.ShouldBe("Saw the child at home.");
    }

    [Fact]
    public async Task A_finalised_note_cannot_be_changed_by_a_service_or_directly_in_the_database_context()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Leo", TestData.UniqueFamilyName());
        var note = await app.CreateFinalNoteAsync(child.Id, worker);
        var ctx = new ProcessContext(worker.Id, worker.DisplayName);

        await Should.ThrowAsync<CaseNoteLockedException>(() => app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<CaseNoteService>().EditDraftAsync(note.Id, null, "Changed", "Rewritten", ctx);
            return 0;
        }));
        await Should.ThrowAsync<CaseNoteLockedException>(() => app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var tracked = await db.CaseNotes.SingleAsync(n => n.Id == note.Id);
            db.Entry(tracked).Property(n => n.Body).CurrentValue = "Rewritten behind the service's back";
            return await db.SaveChangesAsync();
        }));
        (await ReloadAsync(note.Id)).Body.ShouldBe("Saw the child at home.");
    }

    [Fact]
    public async Task An_amendment_keeps_the_original_and_records_the_reason()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Leo", TestData.UniqueFamilyName());
        var note = await app.CreateFinalNoteAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync($"/people/{child.Id}/notes/{note.Id}/amend", new()
        {
            ["Reason"] = "Wrong room recorded",
            ["Text"] = "The child was seen in the kitchen, not the bedroom.",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await ReloadAsync(note.Id);
        saved.Body.ShouldBe("Saw the child at home.");
        saved.Amendments.Single().Reason.ShouldBe("Wrong room recorded");
        var html = await page.GetHtmlAsync($"/people/{child.Id}/notes");
        html.ShouldContain("Saw the child at home.");
        html.ShouldContain("The child was seen in the kitchen");
        var amended = await app.QueryAsync(db => db.ProcessEvents.SingleAsync(e => e.EventType == "CaseNoteAmended" && e.Subjects.Any(s => s.PersonId == child.Id)));
        amended.Reason.ShouldBe("Wrong room recorded");
    }

    [Fact]
    public async Task An_amendment_without_a_reason_is_refused_and_nothing_is_saved()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Leo", TestData.UniqueFamilyName());
        var note = await app.CreateFinalNoteAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync($"/people/{child.Id}/notes/{note.Id}/amend", new() { ["Text"] = "Something" });

        (await response.Content.ReadAsStringAsync()).ShouldContain("Enter the reason for the amendment");
        (await ReloadAsync(note.Id)).Amendments.ShouldBeEmpty();
    }
}
