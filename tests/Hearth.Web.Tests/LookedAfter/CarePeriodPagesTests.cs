using System.Net;
using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;
using static Hearth.Web.Tests.LookedAfter.LookedAfterTestData;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>Becoming looked after, changes of legal status and placement, and the SSDA903 episodes the tab derives from them (issue 6).</summary>
public sealed class CarePeriodPagesTests(HearthWebApp app)
{
    [Fact]
    public async Task Section_20_with_in_house_foster_carers_then_a_move_under_an_interim_care_order_shows_episodes_S_then_B()
    {
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var day = Today.AddDays(-60);
        (await page.PageTextAsync(Links.LookedAfter(child.Id))).ShouldContain("Record that the child became looked after");

        (await page.PostFormAsync(Links.StartCarePeriod(child.Id), StartFields(day))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var period = await app.QueryAsync(db => db.CarePeriods.AsNoTracking().SingleAsync(p => p.PersonId == child.Id));
        period.HomePostcode.ShouldBe("AL1 1AA");

        var moved = day.AddDays(30);
        (await page.PostFormAsync(Links.MovePlacement(child.Id, period.Id), new Dictionary<string, string>
        {
            ["ReasonForMove"] = "CARPL",
            ["SameCarer"] = "false",
        }.With(Date("From", moved)).With(PlacementFields("U4", "PR4", "Bright Futures Fostering", "SC200002", "SG1 2BB")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.ChangeLegalStatus(child.Id, period.Id), new Dictionary<string, string> { ["LegalStatus"] = "C1" }
            .With(Date("From", moved)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = await page.PageTextAsync(Links.LookedAfter(child.Id));
        EpisodeRows(html).ShouldBe(
        [
            [day.ToString("dd/MM/yyyy"), "S", "V2", "N1", "U6", "PR1", moved.ToString("dd/MM/yyyy"), "X1", "CARPL"],
            [moved.ToString("dd/MM/yyyy"), "B", "C1", "N1", "U4", "PR4", "", "", ""],
        ]);
        html.ShouldContain("Bright Futures Fostering");
        html.ShouldContain("U4 Foster placement with other foster carer: long-term fostering");
        html.ShouldContain(Links.LookedAfterReviews(child.Id));
        html.ShouldContain(Links.LookedAfterHealth(child.Id));
        var processes = await app.QueryAsync(db => db.ProcessEvents.Where(e => e.CaseId == period.Id).Select(e => e.Process).ToListAsync());
        processes.ShouldBe([CarePeriodService.StartProcess, CarePeriodService.PlacementProcess, CarePeriodService.LegalStatusProcess], ignoreOrder: true);
        var chronology = await page.PageTextAsync(Links.Chronology(child.Id));
        chronology.ShouldContain($"Became looked after on {day:d MMMM yyyy}");
        chronology.ShouldContain($"Legal status from {moved:d MMMM yyyy}: C1 Interim care order");
    }

    [Fact]
    public async Task A_move_to_the_same_carer_in_a_new_placement_type_is_T()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName());
        var period = await app.StartCarePeriodAsync(child.Id, worker, Today.AddDays(-400), "C2");
        var page = await app.SignInAsync(worker);

        (await page.PostFormAsync(Links.MovePlacement(child.Id, period.Id), new Dictionary<string, string>
        {
            ["ReasonForMove"] = "PLACE",
            ["SameCarer"] = "true",
        }.With(Date("From", Today.AddDays(-10))).With(PlacementFields("U4", "PR1", "")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var placements = await app.QueryAsync(db => db.Placements.AsNoTracking().Where(p => p.CarePeriodId == period.Id).OrderBy(p => p.From).ToListAsync());
        placements.Select(p => p.CarerName).ShouldBe(["Mr and Mrs Hale", "Mr and Mrs Hale"]);
        EpisodeRows(await page.PageTextAsync(Links.LookedAfter(child.Id))).Select(r => r[1]).ShouldBe(["S", "T"]);
    }

    [Fact]
    public async Task Bad_starts_are_refused_with_messages_and_nothing_is_saved()
    {
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName(), new DateOnly(2020, 5, 1));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var future = await page.PostFormAsync(Links.StartCarePeriod(child.Id), StartFields(Today.AddDays(1))
            .With(new() { ["CategoryOfNeed"] = "", ["LegalStatus"] = "X9", ["PlacementType"] = "T1", ["Provider"] = "PR1", ["CarerName"] = "", ["HomePostcode"] = "nowhere" }));
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await future.HtmlAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("The date the child became looked after must be today or in the past");
        html.ShouldContain("Select the category of need");
        html.ShouldContain("Select the legal status");
        html.ShouldContain("Leave the placement provider blank for placement type T1");
        html.ShouldContain("Enter the name of the carer or provider");
        html.ShouldContain("Enter a real home postcode");

        (await (await page.PostFormAsync(Links.StartCarePeriod(child.Id), StartFields(new DateOnly(2020, 4, 30)))).HtmlAsync())
            .ShouldContain("cannot be before they were born on 1 May 2020");
        (await (await page.PostFormAsync(Links.StartCarePeriod(child.Id), StartFields(null))).HtmlAsync())
            .ShouldContain("Enter the date the child became looked after");
        (await app.QueryAsync(db => db.CarePeriods.CountAsync(p => p.PersonId == child.Id))).ShouldBe(0);

        (await page.PostFormAsync(Links.StartCarePeriod(child.Id), StartFields(Today.AddDays(-5)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await page.PostFormAsync(Links.StartCarePeriod(child.Id), StartFields(Today))).HtmlAsync()).ShouldContain("The child is already looked after");
        (await app.QueryAsync(db => db.CarePeriods.CountAsync(p => p.PersonId == child.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task An_unborn_child_or_one_without_a_date_of_birth_cannot_become_looked_after()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var unborn = await app.CreatePersonAsync("Baby", TestData.UniqueFamilyName());
        var undated = await app.CreatePersonAsync("Sam", TestData.UniqueFamilyName());
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var (u, n) = (await db.People.SingleAsync(p => p.Id == unborn.Id), await db.People.SingleAsync(p => p.Id == undated.Id));
            (u.DateOfBirth, u.ExpectedDateOfBirth, n.DateOfBirth) = (null, Today.AddDays(40), null);
            return await db.SaveChangesAsync();
        });

        (await (await page.PostFormAsync(Links.StartCarePeriod(unborn.Id), StartFields(Today))).HtmlAsync()).ShouldContain("An unborn child cannot be looked after");
        (await (await page.PostFormAsync(Links.StartCarePeriod(undated.Id), StartFields(Today))).HtmlAsync()).ShouldContain("Record the child's date of birth");
        (await app.QueryAsync(db => db.CarePeriods.CountAsync(p => p.PersonId == unborn.Id || p.PersonId == undated.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Bad_moves_and_legal_statuses_are_refused_and_change_nothing()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName());
        var began = Today.AddDays(-20);
        var period = await app.StartCarePeriodAsync(child.Id, worker, began);
        var page = await app.SignInAsync(worker);

        var move = await (await page.PostFormAsync(Links.MovePlacement(child.Id, period.Id), new Dictionary<string, string>
        {
            ["ReasonForMove"] = "",
            ["SameCarer"] = "false",
        }.With(Date("From", began)).With(PlacementFields("Q9", "", "New carer", "SC-1", "")))).HtmlAsync();
        move.ShouldContain($"The date of the move must be after the current placement began on {began:d MMMM yyyy}");
        move.ShouldContain("Select the reason for the move");
        move.ShouldContain("Select the placement type");
        move.ShouldContain("The Ofsted URN must be letters and numbers");
        (await (await page.PostFormAsync(Links.MovePlacement(child.Id, period.Id), new Dictionary<string, string> { ["ReasonForMove"] = "CHILD" }
            .With(Date("From", Today)).With(PlacementFields("U6", "PR1", "New carer")))).HtmlAsync())
            .ShouldContain("Select whether the child is staying with the same carer");

        var status = await (await page.PostFormAsync(Links.ChangeLegalStatus(child.Id, period.Id), new Dictionary<string, string> { ["LegalStatus"] = "V2" }
            .With(Date("From", Today.AddDays(1))))).HtmlAsync();
        status.ShouldContain("The date the legal status changed must be today or in the past");
        status.ShouldContain("Select a different legal status");
        (await (await page.PostFormAsync(Links.ChangeLegalStatus(child.Id, period.Id), new Dictionary<string, string> { ["LegalStatus"] = "C1" }
            .With(Date("From", began.AddDays(-1))))).HtmlAsync()).ShouldContain("must be after the current legal status began");

        (await app.QueryAsync(db => db.Placements.CountAsync(p => p.CarePeriodId == period.Id))).ShouldBe(1);
        (await app.QueryAsync(db => db.LegalStatuses.CountAsync(p => p.CarePeriodId == period.Id))).ShouldBe(1);
        (await app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.CaseId == period.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Police_protection_held_more_than_72_hours_is_warned_about_until_the_next_status_is_recorded_in_time()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName());
        var period = await app.StartCarePeriodAsync(child.Id, worker, Today.AddDays(-10), "L1");
        var page = await app.SignInAsync(worker);
        const string warning = "Police protection cannot last more than 72 hours (Children Act 1989 s46(6))";

        (await page.PageTextAsync(Links.LookedAfter(child.Id))).ShouldContain(warning);
        (await page.PageTextAsync(Links.ChangeLegalStatus(child.Id, period.Id))).ShouldContain(warning);

        // Recorded late, the status that followed still shows the overrun: the record says what happened.
        (await page.PostFormAsync(Links.ChangeLegalStatus(child.Id, period.Id), new Dictionary<string, string> { ["LegalStatus"] = "L2" }
            .With(Date("From", Today.AddDays(-5))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PageTextAsync(Links.LookedAfter(child.Id))).ShouldContain(warning);

        var other = await app.CreatePersonAsync("Bea", TestData.UniqueFamilyName());
        var inTime = await app.StartCarePeriodAsync(other.Id, worker, Today.AddDays(-10), "L1");
        (await page.PostFormAsync(Links.ChangeLegalStatus(other.Id, inTime.Id), new Dictionary<string, string> { ["LegalStatus"] = "L2" }
            .With(Date("From", Today.AddDays(-8))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PageTextAsync(Links.LookedAfter(other.Id))).ShouldNotContain(warning);
    }

    [Fact]
    public async Task The_placement_plan_care_plan_iro_and_permanence_plan_are_recorded_and_bad_dates_refused()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var iro = await app.CreateUserAsync(Role.IndependentReviewingOfficer, "Ivy Reviewer");
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName());
        var began = Today.AddDays(-90);
        var period = await app.StartCarePeriodAsync(child.Id, worker, began);
        var page = await app.SignInAsync(worker);

        // Bad input first: each refused with its message, nothing saved.
        (await (await page.PostFormAsync(Links.PlacementPlan(child.Id, period.Id), new Dictionary<string, string> { ["DelegatedAuthority"] = "", ["ContactArrangements"] = "" }
            .With(Date("PlacementPlanAgreedOn", Today.AddDays(2))).With(Date("NotificationsSentOn", null)))).HtmlAsync())
            .ShouldContain("The date the placement plan was agreed must be today or in the past");
        (await (await page.PostFormAsync(Links.PlacementPlan(child.Id, period.Id), new Dictionary<string, string>()
            .With(Date("PlacementPlanAgreedOn", null)).With(Date("NotificationsSentOn", null)))).HtmlAsync())
            .ShouldContain("Enter the date the placement plan was agreed, or another detail");
        (await (await page.PostFormAsync(Links.CarePlan(child.Id, period.Id), Date("CarePlanAgreedOn", null))).HtmlAsync())
            .ShouldContain("Enter the date the care plan was agreed");
        (await (await page.PostFormAsync(Links.AppointIro(child.Id, period.Id), new Dictionary<string, string> { ["IroUserId"] = worker.Id.ToString() }
            .With(Date("AppointedOn", began.AddDays(-1))))).HtmlAsync()).ShouldSatisfyAllConditions(
            h => h.ShouldContain("Select the independent reviewing officer"),
            h => h.ShouldContain($"cannot be before the child became looked after on {began:d MMMM yyyy}"));
        (await (await page.PostFormAsync(Links.PermanencePlan(child.Id, period.Id), new Dictionary<string, string> { ["PermanenceGoal"] = "3" }
            .With(Date("DecidedOn", Today)))).HtmlAsync()).ShouldContain("Select the permanence plan");
        var untouched = await app.QueryAsync(db => db.CarePeriods.AsNoTracking().Include(p => p.Placements).SingleAsync(p => p.Id == period.Id));
        (untouched.CarePlanAgreedOn, untouched.IndependentReviewingOfficerId, untouched.PermanenceGoal, untouched.Placements[0].PlacementPlanAgreedOn)
            .ShouldBe((null, null, null, null));

        (await page.PostFormAsync(Links.PlacementPlan(child.Id, period.Id), new Dictionary<string, string>
        {
            ["DelegatedAuthority"] = "Haircuts and sleepovers",
            ["ContactArrangements"] = "Mum fortnightly at the family centre",
        }.With(Date("PlacementPlanAgreedOn", began.AddDays(-1))).With(Date("NotificationsSentOn", began.AddDays(3))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.CarePlan(child.Id, period.Id), Date("CarePlanAgreedOn", began.AddDays(7)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.AppointIro(child.Id, period.Id), new Dictionary<string, string> { ["IroUserId"] = iro.Id.ToString() }
            .With(Date("AppointedOn", began.AddDays(2))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.PermanencePlan(child.Id, period.Id), new Dictionary<string, string> { ["PermanenceGoal"] = nameof(PermanenceGoal.LongTermFosterCare) }
            .With(Date("DecidedOn", began.AddDays(60))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var saved = await app.QueryAsync(db => db.CarePeriods.AsNoTracking().Include(p => p.Placements).SingleAsync(p => p.Id == period.Id));
        (saved.CarePlanAgreedOn, saved.IndependentReviewingOfficerId, saved.IndependentReviewingOfficerName, saved.PermanenceGoal)
            .ShouldBe((began.AddDays(7), iro.Id, "Ivy Reviewer", PermanenceGoal.LongTermFosterCare));
        (saved.Placements[0].PlacementPlanAgreedOn, saved.Placements[0].NotificationsSentOn, saved.Placements[0].ContactArrangements)
            .ShouldBe((began.AddDays(-1), began.AddDays(3), "Mum fortnightly at the family centre"));
        var tab = await page.PageTextAsync(Links.LookedAfter(child.Id));
        tab.ShouldContain($"Ivy Reviewer, appointed {began.AddDays(2):d MMMM yyyy}");
        tab.ShouldContain("Long-term foster care, decided");
        tab.ShouldContain("Haircuts and sleepovers");
        (await page.PageTextAsync(Links.AppointIro(child.Id, period.Id))).ShouldContain("Ivy Reviewer");
    }

    [Fact]
    public async Task A_period_ends_with_a_reason_ceased_and_its_last_episode_carries_it()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName());
        var began = Today.AddDays(-50);
        var period = await app.StartCarePeriodAsync(child.Id, worker, began);
        var page = await app.SignInAsync(worker);

        var bad = await (await page.PostFormAsync(Links.EndCarePeriod(child.Id, period.Id), new Dictionary<string, string> { ["ReasonCeased"] = "X1" }
            .With(Date("EndDate", began.AddDays(-1))))).HtmlAsync();
        bad.ShouldContain("cannot be before the last change of legal status or placement");
        bad.ShouldContain("Select the reason the child ceased to be looked after");
        (await (await page.PostFormAsync(Links.EndCarePeriod(child.Id, period.Id), new Dictionary<string, string> { ["ReasonCeased"] = "E4A" }
            .With(Date("EndDate", Today.AddDays(1))))).HtmlAsync()).ShouldContain("must be today or in the past");
        (await app.QueryAsync(db => db.CarePeriods.AsNoTracking().SingleAsync(p => p.Id == period.Id))).EndDate.ShouldBeNull();

        (await page.PostFormAsync(Links.EndCarePeriod(child.Id, period.Id), new Dictionary<string, string> { ["ReasonCeased"] = "E4A" }
            .With(Date("EndDate", Today)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await page.PageTextAsync(Links.LookedAfter(child.Id));
        EpisodeRows(html).ShouldHaveSingleItem().ShouldBe([began.ToString("dd/MM/yyyy"), "S", "V2", "N1", "U6", "PR1", Today.ToString("dd/MM/yyyy"), "E4A", ""]);
        html.ShouldContain("Record that the child became looked after");
        (await (await page.PostFormAsync(Links.MovePlacement(child.Id, period.Id), new Dictionary<string, string> { ["ReasonForMove"] = "CHILD", ["SameCarer"] = "false" }
            .With(Date("From", Today)).With(PlacementFields("U6", "PR1", "New carer")))).HtmlAsync()).ShouldContain("The period of care ended on");
    }

    [Fact]
    public async Task A_period_of_another_child_is_not_found()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName());
        var other = await app.CreatePersonAsync("Bea", TestData.UniqueFamilyName());
        var period = await app.StartCarePeriodAsync(child.Id, worker, Today.AddDays(-5));
        var page = await app.SignInAsync(worker);

        (await page.GetAsync(Links.MovePlacement(other.Id, period.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
