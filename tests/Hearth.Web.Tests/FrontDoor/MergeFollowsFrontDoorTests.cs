using Hearth.Core.Audit;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.EarlyHelp;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.FrontDoor;

/// <summary>A merge brings the duplicate's contacts, CIN episodes and early help to the kept record.</summary>
public sealed class MergeFollowsFrontDoorTests(HearthWebApp app)
{
    private Task<bool> MergeAsync(User manager, Guid keep, Guid duplicate) => app.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<MergeService>().MergeAsync(keep, duplicate, new ProcessContext(manager.Id, manager.DisplayName, "Same child"));
        return true;
    });

    [Fact]
    public async Task The_duplicates_contacts_episodes_and_early_help_move_to_the_kept_record()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var family = TestData.UniqueFamilyName();
        var keep = await app.CreatePersonAsync("Uma", family);
        var duplicate = await app.CreatePersonAsync("Umah", family);
        var both = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(keep.Id, duplicate.Id));
        await app.DecideAsync(manager, both.Id, ThresholdOutcome.ReferralForAssessment);
        await app.RequestEarlyHelpAsync(duplicate.Id, worker);

        await MergeAsync(manager, keep.Id, duplicate.Id);

        (await app.QueryAsync(db => db.ContactChildren.Where(l => l.ContactId == both.Id).Select(l => l.PersonId).ToListAsync())).ShouldBe([keep.Id]);
        (await app.QueryAsync(db => db.CinEpisodes.CountAsync(e => e.PersonId == keep.Id))).ShouldBe(2);
        (await app.QueryAsync(db => db.EarlyHelpEpisodes.CountAsync(e => e.PersonId == keep.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Two_records_with_open_early_help_are_not_merged_until_one_is_closed()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.SocialWorker), await app.CreateUserAsync(Role.TeamManager));
        var family = TestData.UniqueFamilyName();
        var keep = await app.CreatePersonAsync("Vic", family);
        var duplicate = await app.CreatePersonAsync("Vik", family);
        await app.RequestEarlyHelpAsync(keep.Id, worker);
        await app.RequestEarlyHelpAsync(duplicate.Id, worker);

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => MergeAsync(manager, keep.Id, duplicate.Id));

        refused.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("Both records have an open early help episode");
        (await app.QueryAsync(db => db.People.SingleAsync(p => p.Id == duplicate.Id))).MergedIntoId.ShouldBeNull();
    }
}
