using System.Text.Json;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.EarlyHelp;

/// <summary>Every early help write, one after another: each appends its events, by the acting user, about the child, with the values it set.</summary>
public sealed class EarlyHelpEventsTests(HearthWebApp app)
{
    [Fact]
    public async Task Each_early_help_and_step_change_write_appends_its_events_by_the_acting_user()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker, "Worker Wen");
        var manager = await app.CreateUserAsync(Role.TeamManager, "Manager Mo");
        var child = await app.CreatePersonAsync("Tam", TestData.UniqueFamilyName());
        var team = manager.TeamId!.Value;
        Guid episodeId = default, downId = default, upId = default;

        var steps = new (string[] EventTypes, User By, string[] MustContain, Func<IServiceProvider, Task> Write)[]
        {
            (["EarlyHelpRequested"], worker, ["Attendance has fallen", "School"], async sp => episodeId = (await sp.GetRequiredService<EarlyHelpService>()
                .RequestAsync(child.Id, new EarlyHelpRequest(Today.AddDays(-20), EarlyHelpRequester.School, "Attendance has fallen", true, Today.AddDays(-20)), worker.Ctx())).Id),
            (["EarlyHelpAssessmentRecorded"], worker, ["\"old\"", "\"new\"", "Ann Lee", "\"changes\""], sp => sp.GetRequiredService<EarlyHelpService>()
                .RecordAssessmentAsync(episodeId, new EarlyHelpAssessment(Today.AddDays(-19), Today.AddDays(-10), "Ann Lee", "Parkside Primary", "Routines"), worker.Ctx())),
            (["EarlyHelpMeetingRecorded"], worker, ["TeamAroundTheFamily", "Chart agreed"], sp => sp.GetRequiredService<EarlyHelpService>()
                .RecordMeetingAsync(episodeId, new EarlyHelpMeetingInput(EarlyHelpMeetingKind.TeamAroundTheFamily, Today.AddDays(-9), "Mum, teacher", "Chart agreed"), worker.Ctx())),
            (["EarlyHelpEpisodeClosed"], worker, ["NeedsMet"], sp => sp.GetRequiredService<EarlyHelpService>()
                .CloseAsync(episodeId, new EarlyHelpClosure(Today.AddDays(-8), EarlyHelpClosureOutcome.NeedsMet, null), worker.Ctx())),
            (["ChildSteppedUp"], worker, ["Disclosure at school"], async sp => upId = (await sp.GetRequiredService<StepChanges>()
                .StepUpAsync(child.Id, Today.AddDays(-7), "Disclosure at school", team, worker.Ctx())).Id),
            (["StepChangeDeclined"], manager, ["Threshold not met"], sp => sp.GetRequiredService<StepChanges>()
                .DeclineAsync(upId, Today.AddDays(-6), "Threshold not met", manager.Ctx())),
            (["ChildSteppedDown"], worker, ["Needs can be met by early help"], async sp => downId = (await sp.GetRequiredService<StepChanges>()
                .StepDownAsync(child.Id, Today.AddDays(-5), "Needs can be met by early help", team, worker.Ctx())).Id),
            (["StepDownChased"], worker, ["Letter"], sp => sp.GetRequiredService<StepChanges>()
                .RecordChaseAsync(downId, new StepDownChaseInput(Today.AddDays(-4), ChaseMethod.Letter, null), worker.Ctx())),
            (["StepDownEscalated"], worker, ["Jo Patel"], sp => sp.GetRequiredService<StepChanges>()
                .EscalateAsync(downId, Today.AddDays(-3), "Jo Patel", "No reply", worker.Ctx())),
            (["StepDownConsentReturned"], worker, [Today.AddDays(-2).ToString("yyyy-MM-dd")], sp => sp.GetRequiredService<StepChanges>()
                .RecordConsentReturnedAsync(downId, Today.AddDays(-2), worker.Ctx())),
            (["StepChangeAccepted", "EarlyHelpRequested"], manager, ["StepDown", "ChildrensSocialCare"], sp => sp.GetRequiredService<StepChanges>()
                .AcceptAsync(downId, Today.AddDays(-1), manager.Ctx())),
        };

        foreach (var (eventTypes, by, mustContain, write) in steps)
        {
            var before = await app.QueryAsync(db => db.ProcessEvents.MaxAsync(e => (long?)e.Id)) ?? 0;
            await app.InScopeAsync(async sp => { await write(sp); return 0; });
            var added = await app.QueryAsync(db => db.ProcessEvents.Include(e => e.Subjects)
                .Where(e => e.Id > before && (e.UserId == worker.Id || e.UserId == manager.Id)).OrderBy(e => e.Id).ToListAsync());

            added.Select(e => e.EventType).ShouldBe(eventTypes, $"{eventTypes[0]}: its events, in order");
            added.ShouldAllBe(e => e.UserId == by.Id && e.Subjects.Count == 1 && e.Subjects[0].PersonId == child.Id);
            var compact = string.Join(" ", added.Select(e => JsonSerializer.Serialize(JsonDocument.Parse(e.Payload).RootElement)));
            foreach (var text in mustContain)
            {
                compact.ShouldContain(text, Case.Insensitive, $"{eventTypes[0]} payload");
            }
        }
    }

    [Fact]
    public async Task A_refused_write_leaves_no_event_and_no_change()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Tam", TestData.UniqueFamilyName());
        var episode = await app.RequestEarlyHelpAsync(child.Id, worker);
        var before = await app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.Subjects.Any(s => s.PersonId == child.Id)));

        await Should.ThrowAsync<Hearth.Core.Validation.ValidationFailedException>(() => app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<EarlyHelpService>().CloseAsync(episode.Id, new EarlyHelpClosure(Today.AddDays(1), null, null), worker.Ctx());
            return 0;
        }));

        (await app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.Subjects.Any(s => s.PersonId == child.Id)))).ShouldBe(before);
        (await app.QueryAsync(db => db.EarlyHelpEpisodes.SingleAsync(e => e.Id == episode.Id))).IsOpen.ShouldBeTrue();
    }
}
