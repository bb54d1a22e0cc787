using System.Text.Json;
using Hearth.Core.Audit;
using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Audit;

/// <summary>
/// Every service write, one after another: each must append exactly one process event, by the acting
/// user, naming the people it touched, and carrying the values it set (and replaced, where it replaced any).
/// </summary>
public sealed class EveryWriteLeavesAnEventTests(HearthWebApp app)
{
    [Fact]
    public async Task Each_kind_of_write_appends_one_event_with_its_values_by_the_acting_user()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager, "Manager Mo");
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var ctx = new ProcessContext(manager.Id, manager.DisplayName, "Test reason");
        var family = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Cara", family, ctx: ctx, postcode: "SG13 8DQ");
        var mother = await app.CreatePersonAsync("Mina", family, new DateOnly(1990, 1, 1), ctx: ctx);
        var duplicate = await app.CreatePersonAsync("Cara", family, ctx: ctx);
        Guid relationshipId = default, noteId = default;

        var steps = new (string EventType, Guid[] People, string[] MustContain, Func<IServiceProvider, Task> Write)[]
        {
            ("PersonDetailsChanged", [child.Id], ["\"old\"", "\"new\"", "Quaker"], sp => sp.GetRequiredService<PersonService>()
                .ChangeDetailsAsync(child.Id, new PersonDetails { GivenNames = "Cara", FamilyName = family, DateOfBirth = new DateOnly(2015, 3, 27), Sex = "F", Religion = "Quaker" }, ctx)),
            ("PersonNameRecorded", [child.Id], ["Cee"], sp => sp.GetRequiredService<PersonService>().RecordAliasAsync(child.Id, "Cee", family, ctx)),
            ("AddressRecorded", [child.Id], ["SG13 8DQ", "SG4 9RZ"], sp => sp.GetRequiredService<PersonService>()
                .RecordAddressAsync(child.Id, new AddressDetails("4 Orchard Way", null, "Hitchin", "SG4 9RZ", null), ctx)),
            ("RelationshipRecorded", [child.Id, mother.Id], ["ParentOf"], async sp => relationshipId = (await sp.GetRequiredService<RelationshipService>()
                .RecordAsync(child.Id, mother.Id, RelationshipType.ParentOf, true, null, ctx)).Id),
            ("RelationshipEnded", [child.Id, mother.Id], ["endDate"], sp => sp.GetRequiredService<RelationshipService>().EndAsync(relationshipId, null, ctx)),
            ("InvolvementRecorded", [child.Id], ["Hitchin Surgery"], sp => sp.GetRequiredService<RelationshipService>()
                .RecordInvolvementAsync(child.Id, InvolvementRole.GeneralPractitioner, "Hitchin Surgery", null, null, null, null, ctx)),
            ("CaseNoteDrafted", [child.Id], ["First words"], async sp => noteId = (await sp.GetRequiredService<CaseNoteService>()
                .DraftAsync(child.Id, null, "Visit", "First words", ctx)).Id),
            ("CaseNoteDraftEdited", [child.Id], ["First words", "Better words"], sp => sp.GetRequiredService<CaseNoteService>().EditDraftAsync(noteId, null, "Visit", "Better words", ctx)),
            ("CaseNoteFinalised", [child.Id], ["Better words"], sp => sp.GetRequiredService<CaseNoteService>().FinaliseAsync(noteId, ctx)),
            ("CaseNoteAmended", [child.Id], ["Better words", "An addition"], sp => sp.GetRequiredService<CaseNoteService>().AmendAsync(noteId, "Missed a detail", "An addition", ctx)),
            ("ChildAllocated", [child.Id], [worker.DisplayName], sp => sp.GetRequiredService<AllocationService>().AllocateAsync(child.Id, worker.Id, null, ctx)),
            ("RecordRestrictionChanged", [child.Id], ["\"oldRestricted\":false", "\"newRestricted\":true"], sp => sp.GetRequiredService<RestrictionService>()
                .SetAsync(child.Id, true, [manager.Id], ctx)),
            ("PeopleMerged", [child.Id, duplicate.Id], [duplicate.Reference], sp => sp.GetRequiredService<MergeService>().MergeAsync(child.Id, duplicate.Id, ctx)),
        };

        foreach (var (eventType, people, mustContain, write) in steps)
        {
            var before = await app.QueryAsync(db => db.ProcessEvents.MaxAsync(e => (long?)e.Id)) ?? 0;
            await app.InScopeAsync(async sp => { await write(sp); return 0; });
            var added = await app.QueryAsync(db => db.ProcessEvents.Include(e => e.Subjects).Where(e => e.Id > before && e.UserId == manager.Id).ToListAsync());

            added.Count.ShouldBe(1, $"{eventType}: one event per write");
            var row = added[0];
            row.EventType.ShouldBe(eventType);
            row.UserName.ShouldBe("Manager Mo");
            row.Reason.ShouldNotBeNull();
            row.Subjects.Select(s => s.PersonId).ShouldBe(people, ignoreOrder: true);
            var compact = JsonSerializer.Serialize(JsonDocument.Parse(row.Payload).RootElement);
            foreach (var text in mustContain)
            {
                compact.ShouldContain(text, Case.Insensitive, $"{eventType} payload");
            }
        }
    }
}
