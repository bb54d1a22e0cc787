using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Core.FrontDoor;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.FrontDoor;

public sealed class ThresholdDecisionTests(HearthWebApp app)
{
    [Fact]
    public async Task A_decision_cannot_be_saved_without_a_rationale_and_nothing_changes()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var child = await app.CreatePersonAsync("Ria", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment, "  "));

        refused.Errors.ShouldHaveSingleItem().Message.ShouldBe("Enter the rationale for the decision");
        var saved = await app.QueryAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id));
        saved.Status.ShouldBe(ContactStatus.AwaitingDecision);
        saved.Decision.ShouldBeNull();
        (await app.QueryAsync(db => db.CinEpisodes.CountAsync(e => e.PersonId == child.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_referral_for_assessment_opens_a_cin_episode_for_each_child_with_the_referral_date_and_source()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var family = TestData.UniqueFamilyName();
        var (first, second) = (await app.CreatePersonAsync("Ada", family), await app.CreatePersonAsync("Ben", family, new DateOnly(2018, 5, 1)));
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(first.Id, second.Id) with { ReferralSource = "3A" });

        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment);

        var episodes = await app.QueryAsync(db => db.CinEpisodes.Where(e => e.ContactId == contact.Id).ToListAsync());
        episodes.Select(e => e.PersonId).ShouldBe([first.Id, second.Id], ignoreOrder: true);
        episodes.ShouldAllBe(e => e.ReferralSource == "3A" && e.IsOpen && !e.IsReReferral);
        var saved = await app.QueryAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id));
        saved.ReferralReceivedAt.ShouldNotBeNull();
        episodes[0].ReferralDate.ShouldBe(DateOnly.FromDateTime(EnglandClock.ToEnglandTime(saved.ReferralReceivedAt!.Value)));
    }

    [Fact]
    public async Task A_referral_twelve_months_to_the_day_after_the_last_is_a_re_referral()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var child = await app.CreatePersonAsync("Cal", TestData.UniqueFamilyName());
        var today = DateOnly.FromDateTime(EnglandClock.ToEnglandTime(DateTime.UtcNow));
        await app.PastEpisodeAsync(child.Id, today.AddMonths(-12));
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with { IsReferral = true, ReceivedAt = DateTime.UtcNow.AddMinutes(-5) });

        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment);

        (await app.QueryAsync(db => db.CinEpisodes.SingleAsync(e => e.ContactId == contact.Id))).IsReReferral.ShouldBeTrue();
    }

    [Fact]
    public async Task A_referral_twelve_months_and_a_day_after_the_last_is_not_a_re_referral()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var child = await app.CreatePersonAsync("Dot", TestData.UniqueFamilyName());
        var today = DateOnly.FromDateTime(EnglandClock.ToEnglandTime(DateTime.UtcNow));
        await app.PastEpisodeAsync(child.Id, today.AddMonths(-12).AddDays(-1));
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with { IsReferral = true, ReceivedAt = DateTime.UtcNow.AddMinutes(-5) });

        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment);

        (await app.QueryAsync(db => db.CinEpisodes.SingleAsync(e => e.ContactId == contact.Id))).IsReReferral.ShouldBeFalse();
    }

    [Fact]
    public async Task A_police_notification_cannot_be_decided_until_it_has_a_rag_rating()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var child = await app.CreatePersonAsync("Eve", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with
        {
            Type = ContactType.PoliceNotification,
            Channel = ContactChannel.PoliceNotification,
            PoliceIncidentReference = "DA/2026/1234",
            ReferralSource = "6",
        });

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => app.DecideAsync(manager, contact.Id, ThresholdOutcome.NoFurtherAction));
        refused.Errors.ShouldHaveSingleItem().Message.ShouldBe("Give this police notification a RAG rating before deciding");

        await app.RateAsync(worker, contact.Id, RagRating.Amber);
        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.NoFurtherAction, "Police attended; no children present at the incident.");
        (await app.QueryAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id))).Status.ShouldBe(ContactStatus.Decided);
    }

    [Fact]
    public async Task An_early_help_decision_steps_each_child_down_for_the_early_help_team_to_accept()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var child = await app.CreatePersonAsync("Fay", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));

        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.EarlyHelp, "Needs support with routines; no safeguarding concern.");

        var step = await app.QueryAsync(db => db.StepChanges.SingleAsync(s => s.ContactId == contact.Id));
        step.PersonId.ShouldBe(child.Id);
        step.Direction.ShouldBe(StepDirection.StepDown);
        step.AcceptedOn.ShouldBeNull();
        (await app.QueryAsync(db => db.CinEpisodes.CountAsync(e => e.PersonId == child.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_contact_with_no_child_linked_cannot_be_decided()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var reference = await app.InScopeAsync(sp => sp.GetRequiredService<ContactRecording>().SubmitPublicReferralAsync(
            FrontDoorTestData.Contact() with { ChildrenAsDescribed = "Two children at 1 Test Street" }));
        var contact = await app.QueryAsync(db => db.Contacts.SingleAsync(c => c.Reference == reference));

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => app.DecideAsync(manager, contact.Id, ThresholdOutcome.NoFurtherAction));
        refused.Errors.ShouldHaveSingleItem().Message.ShouldBe("Link at least one child to the contact before deciding");
    }

    [Fact]
    public async Task A_decided_contact_cannot_be_decided_again()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var child = await app.CreatePersonAsync("Gus", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.InformationAndAdvice, "Advice given to the school.");

        await Should.ThrowAsync<ValidationFailedException>(() => app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment));
        (await app.QueryAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id))).Decision!.Outcome.ShouldBe(ThresholdOutcome.InformationAndAdvice);
    }
}
