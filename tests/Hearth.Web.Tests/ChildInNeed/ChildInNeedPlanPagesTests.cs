using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.ChildInNeed.ChildInNeedTestData;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.ChildInNeed;

/// <summary>Child in need plans through the pages and the API: outcomes, actions with owners and dates, finalising, reviews.</summary>
public sealed class ChildInNeedPlanPagesTests(HearthWebApp app)
{
    private Task<ChildInNeedPlan> PlanAsync(Guid planId) =>
        app.QueryAsync(db => db.ChildInNeedPlans.Include(p => p.Outcomes).ThenInclude(o => o.Actions).Include(p => p.Reviews).SingleAsync(p => p.Id == planId));

    private Task<List<string>> EventTypesAsync(Guid childId) =>
        app.QueryAsync(db => db.ProcessEvents.Where(e => e.Subjects.Any(s => s.PersonId == childId)).OrderBy(e => e.Id).Select(e => e.EventType).ToListAsync());

    [Fact]
    public async Task A_worker_drafts_a_plan_adds_an_outcome_and_actions_and_finalises_it_through_the_pages()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var page = await app.SignInAsync(worker);

        var drafted = await page.PostFormAsync(Links.DraftCinPlan(child.Id, episode.Id), Date("StartDate", Today));
        drafted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var planId = (await app.QueryAsync(db => db.ChildInNeedPlans.SingleAsync(p => p.EpisodeId == episode.Id))).Id;
        drafted.Headers.Location!.ToString().ShouldBe(Links.CinPlan(child.Id, planId));

        (await page.PostFormAsync(Links.AddCinOutcome(child.Id, planId), new Dictionary<string, string>
        {
            ["WhatNeedsToChange"] = "Amy gets to school on time every day",
        }.With(Date("ReviewDate", Today.AddMonths(3))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var outcomeId = (await PlanAsync(planId)).Outcomes.ShouldHaveSingleItem().Id;
        (await page.PostFormAsync(Links.AddCinAction(child.Id, planId, outcomeId), new Dictionary<string, string>
        {
            ["What"] = "Walk Amy to school each morning",
            ["Owner"] = "Mum (Jo Smith)",
        }.With(Date("ByDate", Today.AddDays(14))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.AddCinAction(child.Id, planId, outcomeId), new Dictionary<string, string>
        {
            ["What"] = "Call home on the first morning Amy is absent",
            ["Owner"] = "Hearth Primary School",
        }.With(Date("ByDate", Today.AddDays(7))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var finalised = await page.PostFormAsync(Links.FinaliseCinPlan(child.Id, planId), []);

        finalised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plan = await PlanAsync(planId);
        plan.Status.ShouldBe(CinPlanStatus.Final);
        plan.FinalisedOn.ShouldBe(Today);
        plan.Outcomes.Single().Actions.Count.ShouldBe(2);
        var html = await page.PageTextAsync(Links.CinPlan(child.Id, planId));
        html.ShouldContain("data-testid=\"plan-status\">Final<");
        html.ShouldContain("Hearth Primary School");
        (await page.PageTextAsync(Links.ChildInNeed(child.Id))).ShouldContain("data-testid=\"cin-plan-status\">Final<");
        (await EventTypesAsync(child.Id)).SkipWhile(t => t != "CinEpisodeOpened").Skip(1)
            .ShouldBe(["CinPlanDrafted", "CinPlanOutcomeAdded", "CinPlanActionAdded", "CinPlanActionAdded", "CinPlanFinalised"]);
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Child in need plan finalised: 1 outcome, 2 actions");
    }

    [Fact]
    public async Task A_plan_with_an_action_lacking_an_owner_or_a_date_is_refused_on_the_page_and_through_the_API()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var plan = await app.DraftPlanAsync(worker, episode.Id, new CinActionInput("Walk Amy to school", "Mum", null));
        var page = await app.SignInAsync(worker);

        var onPage = await page.PostFormAsync(Links.FinaliseCinPlan(child.Id, plan.Id), []);

        onPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await onPage.HtmlAsync();
        html.ShouldContain("data-testid=\"error-summary\"");
        html.ShouldContain("Every action needs an owner and a date before the plan is finalised");

        var api = await app.ApiClientAsync(manager);
        var viaApi = await api.PostAsync($"/api/v1/child-in-need-plans/{plan.Id}/finalise", null);

        viaApi.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await viaApi.Content.ReadAsStringAsync()).ShouldContain("Every action needs an owner and a date before the plan is finalised");
        (await PlanAsync(plan.Id)).Status.ShouldBe(CinPlanStatus.Draft);
        (await EventTypesAsync(child.Id)).ShouldNotContain("CinPlanFinalised");
    }

    [Fact]
    public async Task The_API_finalises_a_plan_once_every_action_has_an_owner_and_a_date()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (_, episode) = await app.ReferredChildAsync(manager);
        var plan = await app.DraftPlanAsync(manager, episode.Id, new CinActionInput("Walk Amy to school", "Mum", Today.AddDays(7)));
        var api = await app.ApiClientAsync(manager);

        var response = await api.PostAsync($"/api/v1/child-in-need-plans/{plan.Id}/finalise", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().ShouldBe("Final");
        body.GetProperty("nextReviewDate").GetString().ShouldBe(Today.AddMonths(3).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task On_a_final_plan_a_new_action_needs_its_owner_and_date_straight_away()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var plan = await app.DraftPlanAsync(manager, episode.Id, new CinActionInput("Walk Amy to school", "Mum", Today.AddDays(7)));
        var api = await app.ApiClientAsync(manager);
        (await api.PostAsync($"/api/v1/child-in-need-plans/{plan.Id}/finalise", null)).EnsureSuccessStatusCode();
        var outcomeId = (await PlanAsync(plan.Id)).Outcomes.Single().Id;
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.AddCinAction(child.Id, plan.Id, outcomeId), new Dictionary<string, string> { ["What"] = "Arrange a school nurse check" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("Enter who will do it: a named person or agency");
        html.ShouldContain("Enter the date it will be done by");
        (await PlanAsync(plan.Id)).Outcomes.Single().Actions.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_review_and_a_progress_rating_are_recorded_on_a_final_plan()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var plan = await app.DraftPlanAsync(manager, episode.Id, new CinActionInput("Walk Amy to school", "Mum", Today.AddDays(7)));
        var page = await app.SignInAsync(manager);
        (await page.PostFormAsync(Links.FinaliseCinPlan(child.Id, plan.Id), [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var outcomeId = (await PlanAsync(plan.Id)).Outcomes.Single().Id;

        (await page.PostFormAsync(Links.RateCinProgress(child.Id, plan.Id, outcomeId), new Dictionary<string, string> { ["Progress"] = "GoodProgress" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reviewed = await page.PostFormAsync(Links.ReviewCinPlan(child.Id, plan.Id), new Dictionary<string, string>
        {
            ["Attendees"] = "Mum, Amy, class teacher, social worker",
            ["Progress"] = "Amy has been on time 9 days out of 10.",
        }.With(Date("Date", Today)).With(Date("NextReviewDate", Today.AddMonths(6))));

        reviewed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await PlanAsync(plan.Id);
        saved.Outcomes.Single().Progress.ShouldBe(ProgressRating.GoodProgress);
        saved.Reviews.ShouldHaveSingleItem().Attendees.ShouldBe("Mum, Amy, class teacher, social worker");
        saved.NextReviewDate.ShouldBe(Today.AddMonths(6));
        (await page.PageTextAsync(Links.CinPlan(child.Id, plan.Id))).ShouldContain("data-testid=\"progress-1\">Good progress<");
    }

    [Fact]
    public async Task Giving_the_action_an_owner_and_a_date_lets_the_refused_plan_be_finalised_and_starts_its_visit_and_review_clocks()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var plan = await app.DraftPlanAsync(manager, episode.Id, new CinActionInput("Walk Amy to school", null, null));
        var page = await app.SignInAsync(manager);
        (await page.PostFormAsync(Links.FinaliseCinPlan(child.Id, plan.Id), [])).StatusCode.ShouldBe(HttpStatusCode.OK);
        var actionId = (await PlanAsync(plan.Id)).Outcomes.Single().Actions.Single().Id;

        var changed = await page.PostFormAsync(Links.ChangeCinAction(child.Id, plan.Id, actionId), new Dictionary<string, string>
        {
            ["What"] = "Walk Amy to school",
            ["Owner"] = "Dad (Lee Smith)",
        }.With(Date("ByDate", Today.AddDays(7))));
        var finalised = await page.PostFormAsync(Links.FinaliseCinPlan(child.Id, plan.Id), []);

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        finalised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PlanAsync(plan.Id)).Status.ShouldBe(CinPlanStatus.Final);
        (await EventTypesAsync(child.Id)).ShouldContain("CinPlanActionChanged");
        var obligations = await app.InScopeAsync(sp => sp.GetRequiredService<StatutoryObligations>().ForAsync([child.Id], Today));
        var visit = obligations.Where(o => o.RuleId == "cin.visit.20wd").ShouldHaveSingleItem();
        visit.CaseId.ShouldBe(episode.Id);
        visit.DueDate.ShouldBe(WorkingDays.AddWorkingDays(Today, 20, HolidayCalendar.EnglandAndWales));
        obligations.Where(o => o.RuleId == "cin.plan-review").ShouldHaveSingleItem().DueDate.ShouldBe(Today.AddMonths(3));
    }
}
