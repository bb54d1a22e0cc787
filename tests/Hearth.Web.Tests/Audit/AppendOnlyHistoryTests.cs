using Hearth.Core.Audit;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Audit;

/// <summary>Even SQL that goes round Hearth's own code cannot rewrite or remove what happened.</summary>
public sealed class AppendOnlyHistoryTests(HearthWebApp app)
{
    [Theory]
    [InlineData("UPDATE process_events SET \"Payload\" = 'rewritten' WHERE \"Id\" = {0}")]
    [InlineData("DELETE FROM process_events WHERE \"Id\" = {0}")]
    [InlineData("DELETE FROM process_event_subjects WHERE \"ProcessEventId\" = {0}")]
    public async Task The_database_refuses_to_change_or_delete_an_event(string sql)
    {
        var person = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var eventId = await app.QueryAsync(db => db.ProcessEvents.Where(e => e.Subjects.Any(s => s.PersonId == person.Id)).Select(e => e.Id).SingleAsync());

        var refused = await Should.ThrowAsync<Exception>(() => app.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql, eventId)));
        refused.Message.ShouldContain("append-only");

        (await app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.Id == eventId && e.Payload != "rewritten"))).ShouldBe(1);
    }

    [Fact]
    public async Task The_database_refuses_to_change_an_access_event()
    {
        var worker = await app.CreateUserAsync(Hearth.Core.Workforce.Role.SocialWorker);
        var person = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        await (await app.SignInAsync(worker)).GetAsync($"/people/{person.Id}");
        var accessId = await app.QueryAsync(db => db.AccessEvents.Where(a => a.PersonId == person.Id && a.Kind == AccessKind.ViewedRecord).Select(a => a.Id).FirstAsync());

        var refused = await Should.ThrowAsync<Exception>(() => app.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE access_events SET \"UserName\" = 'someone else' WHERE \"Id\" = {accessId}")));
        refused.Message.ShouldContain("append-only");

        (await app.QueryAsync(db => db.AccessEvents.SingleAsync(a => a.Id == accessId))).UserName.ShouldBe(worker.DisplayName);
    }
}
