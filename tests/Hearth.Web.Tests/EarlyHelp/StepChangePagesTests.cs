using System.Net;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.EarlyHelp;

/// <summary>Stepping children down and up through the pages, the receiving team's decision, and chasing a family's consent.</summary>
public sealed class StepChangePagesTests(HearthWebApp app)
{
    private Task<StepChange> StepAsync(Guid id) => app.QueryAsync(db => db.StepChanges.Include(s => s.Chases).SingleAsync(s => s.Id == id));

    private Task<List<StepChange>> StepsOfAsync(Guid childId) => app.QueryAsync(db => db.StepChanges.Where(s => s.PersonId == childId).ToListAsync());

    private Task<List<EarlyHelpEpisode>> EpisodesAsync(Guid childId) => app.QueryAsync(db => db.EarlyHelpEpisodes.Where(e => e.PersonId == childId).ToListAsync());

    [Fact]
    public async Task Stepping_a_child_down_records_the_step_for_the_receiving_team_and_shows_it_in_the_history()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.StepDown(child.Id), new Dictionary<string, string>
        {
            ["ReceivingTeamId"] = manager.TeamId!.Value.ToString(),
            ["Reason"] = "Child in need plan ended; family want support with routines",
        }.With(Date("Date", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var step = (await StepsOfAsync(child.Id)).ShouldHaveSingleItem();
        step.Direction.ShouldBe(StepDirection.StepDown);
        step.ReceivingTeamId.ShouldBe(manager.TeamId);
        step.FromDescription.ShouldBe((await app.QueryAsync(db => db.Teams.SingleAsync(t => t.Id == worker.TeamId))).Name);
        step.Status.ShouldBe(StepChangeStatus.AwaitingDecision);
        var html = await page.PageTextAsync(Links.EarlyHelp(child.Id));
        html.ShouldContain("Awaiting decision");
        html.ShouldContain("Child in need plan ended");
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Stepped down to early help from");
    }

    [Fact]
    public async Task Stepping_down_without_a_team_or_a_reason_is_refused_and_nothing_is_saved()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.StepDown(child.Id), new Dictionary<string, string>
        {
            ["ReceivingTeamId"] = Guid.NewGuid().ToString(),
            ["Reason"] = " ",
        }.With(Date("Date", Today)));

        var html = await response.HtmlAsync();
        html.ShouldContain("data-testid=\"error-summary\"");
        html.ShouldContain("Enter the reason for the step-down");
        (await StepsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Stepping_up_records_a_step_up_and_leaves_the_early_help_episode_open()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        await app.RequestEarlyHelpAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.StepUp(child.Id), new Dictionary<string, string>
        {
            ["ReceivingTeamId"] = manager.TeamId!.Value.ToString(),
            ["Reason"] = "Disclosure of harm at school",
        }.With(Date("Date", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StepsOfAsync(child.Id)).ShouldHaveSingleItem().Direction.ShouldBe(StepDirection.StepUp);
        (await EpisodesAsync(child.Id)).Single().IsOpen.ShouldBeTrue();
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Stepped up to children's social care");
    }

    [Fact]
    public async Task A_step_up_dated_in_the_future_is_refused()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.StepUp(child.Id), new Dictionary<string, string>
        {
            ["ReceivingTeamId"] = manager.TeamId!.Value.ToString(),
            ["Reason"] = "Disclosure",
        }.With(Date("Date", Today.AddDays(2))));

        (await response.HtmlAsync()).ShouldContain("The date of the step-up must be today or in the past");
        (await StepsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Accepting_a_step_down_whose_consent_is_back_opens_early_help_in_the_same_save()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var step = await app.StepDownAsync(child.Id, worker, manager.TeamId!.Value, Today.AddDays(-3));
        var workerPage = await app.SignInAsync(worker);
        (await workerPage.PostFormAsync(Links.StepDownConsentReturned(child.Id, step.Id), Date("ConsentReturnedOn", Today.AddDays(-1))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EpisodesAsync(child.Id)).ShouldBeEmpty();
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.DecideStepChange(child.Id, step.Id),
            new Dictionary<string, string> { ["Decision"] = "Accept" }.With(Date("DecisionDate", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var accepted = await StepAsync(step.Id);
        accepted.AcceptedOn.ShouldBe(Today);
        accepted.AcceptedByName.ShouldBe(manager.DisplayName);
        var episode = (await EpisodesAsync(child.Id)).ShouldHaveSingleItem();
        episode.StepChangeId.ShouldBe(step.Id);
        episode.ConsentDate.ShouldBe(Today.AddDays(-1));
        episode.RequestedBy.ShouldBe(EarlyHelpRequester.ChildrensSocialCare);
        var history = await page.PageTextAsync(Links.History(child.Id));
        history.ShouldContain("accepted by");
        history.ShouldContain("Early help opened from the step-down");
    }

    [Fact]
    public async Task Consent_returned_after_the_step_down_was_accepted_opens_early_help_then()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var step = await app.StepDownAsync(child.Id, worker, manager.TeamId!.Value, Today.AddDays(-3));
        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<StepChanges>().AcceptAsync(step.Id, Today.AddDays(-2), manager.Ctx());
            return 0;
        });
        (await EpisodesAsync(child.Id)).ShouldBeEmpty();
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.StepDownConsentReturned(child.Id, step.Id), Date("ConsentReturnedOn", Today));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EpisodesAsync(child.Id)).ShouldHaveSingleItem().ConsentDate.ShouldBe(Today);
    }

    [Fact]
    public async Task Declining_without_a_reason_is_refused_and_the_step_stays_awaiting_a_decision()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var step = await app.StepUpAsync(child.Id, worker, manager.TeamId!.Value);
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.DecideStepChange(child.Id, step.Id),
            new Dictionary<string, string> { ["Decision"] = "Decline", ["DeclineReason"] = "" }.With(Date("DecisionDate", Today)));

        (await response.HtmlAsync()).ShouldContain("Enter why the step-up is declined");
        (await StepAsync(step.Id)).Status.ShouldBe(StepChangeStatus.AwaitingDecision);
    }

    [Fact]
    public async Task A_declined_step_up_shows_its_reason()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var step = await app.StepUpAsync(child.Id, worker, manager.TeamId!.Value);
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.DecideStepChange(child.Id, step.Id),
            new Dictionary<string, string> { ["Decision"] = "Decline", ["DeclineReason"] = "Threshold not met: continue early help" }.With(Date("DecisionDate", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StepAsync(step.Id)).Status.ShouldBe(StepChangeStatus.Declined);
        (await page.PageTextAsync(Links.EarlyHelp(child.Id))).ShouldContain("Threshold not met: continue early help");
    }

    [Fact]
    public async Task A_manager_outside_the_receiving_team_cannot_accept()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var receiving = await app.CreateUserAsync(Role.TeamManager);
        var outsider = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var step = await app.StepUpAsync(child.Id, worker, receiving.TeamId!.Value);
        var page = await app.SignInAsync(outsider);

        var response = await page.PostFormAsync(Links.DecideStepChange(child.Id, step.Id),
            new Dictionary<string, string> { ["Decision"] = "Accept" }.With(Date("DecisionDate", Today)));

        (await response.HtmlAsync()).ShouldContain("the receiving team, can accept or decline this step-up");
        (await StepAsync(step.Id)).Status.ShouldBe(StepChangeStatus.AwaitingDecision);
    }

    [Fact]
    public async Task A_chase_is_recorded_and_a_chase_with_no_method_is_refused()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var step = await app.StepDownAsync(child.Id, worker, manager.TeamId!.Value, Today.AddDays(-8));
        var page = await app.SignInAsync(worker);

        var refused = await page.PostFormAsync(Links.ChaseStepDown(child.Id, step.Id), Date("Date", Today));
        (await refused.HtmlAsync()).ShouldContain("Select how the family was chased");
        (await StepAsync(step.Id)).Chases.ShouldBeEmpty();

        var response = await page.PostFormAsync(Links.ChaseStepDown(child.Id, step.Id),
            new Dictionary<string, string> { ["Method"] = "Phone", ["Notes"] = "Left a message for mum" }.With(Date("Date", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StepAsync(step.Id)).Chases.ShouldHaveSingleItem().Method.ShouldBe(ChaseMethod.Phone);
        (await page.PageTextAsync(Links.EarlyHelp(child.Id))).ShouldContain("Left a message for mum");
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Family chased for early help consent (phone call");
    }

    [Fact]
    public async Task An_escalation_is_recorded_and_one_without_who_or_why_is_refused()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Rhys", TestData.UniqueFamilyName());
        var step = await app.StepDownAsync(child.Id, worker, manager.TeamId!.Value, Today.AddDays(-30));
        var page = await app.SignInAsync(worker);

        var refused = await page.PostFormAsync(Links.EscalateStepDown(child.Id, step.Id), Date("EscalatedOn", Today));
        var errors = await refused.HtmlAsync();
        errors.ShouldContain("Enter who it was escalated to");
        errors.ShouldContain("Enter why it was escalated and what was asked");
        (await StepAsync(step.Id)).EscalatedOn.ShouldBeNull();

        var response = await page.PostFormAsync(Links.EscalateStepDown(child.Id, step.Id), new Dictionary<string, string>
        {
            ["EscalatedTo"] = "Jo Patel, early help manager",
            ["EscalationNote"] = "Three calls and a letter unanswered",
        }.With(Date("EscalatedOn", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StepAsync(step.Id)).EscalatedTo.ShouldBe("Jo Patel, early help manager");
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Step-down escalated to Jo Patel, early help manager");
    }

    [Fact]
    public async Task The_step_downs_list_shows_which_families_to_chase_and_which_to_escalate_and_hides_restricted_children()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var family = TestData.UniqueFamilyName();
        var waiting = await app.CreatePersonAsync("Wren", family);
        var chase = await app.CreatePersonAsync("Cato", family);
        var escalate = await app.CreatePersonAsync("Esme", family);
        var hidden = await app.CreatePersonAsync("Hana", family);
        var returned = await app.CreatePersonAsync("Remy", family);
        var calendar = HolidayCalendar.EnglandAndWales;
        var team = manager.TeamId!.Value;
        var waitingStep = await app.StepDownAsync(waiting.Id, worker, team, Today);
        var chaseStep = await app.StepDownAsync(chase.Id, worker, team, WorkingDays.AddWorkingDays(Today, -7, calendar));
        var escalateStep = await app.StepDownAsync(escalate.Id, worker, team, WorkingDays.AddWorkingDays(Today, -12, calendar));
        var hiddenStep = await app.StepDownAsync(hidden.Id, worker, team, Today);
        var returnedStep = await app.StepDownAsync(returned.Id, worker, team, Today);
        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<StepChanges>()
                .RecordConsentReturnedAsync(returnedStep.Id, Today, worker.Ctx());
            return 0;
        });
        await app.RestrictAsync(hidden.Id, manager);
        var page = await app.SignInAsync(worker);

        var html = await page.PageTextAsync(Links.StepDownsAwaitingPaperwork);

        Row(html, waitingStep.Id).ShouldContain("Waiting");
        Row(html, chaseStep.Id).ShouldContain("Chase due");
        Row(html, escalateStep.Id).ShouldContain("Escalation due");
        html.ShouldNotContain($"step-down-{hiddenStep.Id}");
        html.ShouldNotContain($"Hana {family}");
        html.ShouldNotContain($"step-down-{returnedStep.Id}");
        html.ShouldContain("data-testid=\"not-shown\"");
        var logged = await app.QueryAsync(db => db.AccessEvents.Where(a => a.UserId == worker.Id && a.What == StepDownsAwaitingPaperwork.What)
            .Select(a => a.PersonId).ToListAsync());
        logged.ShouldContain(chase.Id);
        logged.ShouldNotContain(hidden.Id);
    }

    /// <summary>The table row for one step-down, from its opening tag to its close.</summary>
    private static string Row(string html, Guid stepId)
    {
        var start = html.IndexOf($"data-testid=\"step-down-{stepId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"row for {stepId}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
