using System.Net;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>Deprivation of liberty orders and a period's adoption decisions, which feed the 903's DoLo, AD1 and PlacedAdoption (issue 6).</summary>
public sealed class CourtAndAdoptionPagesTests(HearthWebApp app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task An_order_is_recorded_then_ended_and_a_bad_one_is_refused_with_nothing_saved()
    {
        var child = await app.CreatePersonAsync("Tia", TestData.UniqueFamilyName(), new DateOnly(2011, 4, 2));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        (await page.PostFormAsync(Links.DeprivationOfLiberty(child.Id), Date("StartDate", Today.AddDays(-40)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var order = await app.QueryAsync(db => db.DeprivationOfLibertyOrders.AsNoTracking().SingleAsync(o => o.PersonId == child.Id));
        order.EndDate.ShouldBeNull();
        (await page.PostFormAsync(Links.DeprivationOfLiberty(child.Id, order.Id), Date("StartDate", Today.AddDays(-40))
            .With(Date("EndDate", Today.AddDays(-5))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.DeprivationOfLibertyOrders.AsNoTracking().SingleAsync(o => o.Id == order.Id))).EndDate.ShouldBe(Today.AddDays(-5));

        var bad = await page.PostFormAsync(Links.DeprivationOfLiberty(child.Id), Date("StartDate", Today.AddDays(-10)).With(Date("EndDate", Today.AddDays(-20))));
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("The date the order ended must be today or in the past, and not before it was made");
        (await app.QueryAsync(db => db.DeprivationOfLibertyOrders.CountAsync(o => o.PersonId == child.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task The_adoption_decision_and_its_reversal_are_recorded_and_a_reversal_without_a_reason_is_refused()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ava", TestData.UniqueFamilyName(), Today.AddYears(-2));
        var period = await app.StartCarePeriodAsync(child.Id, worker, Today.AddDays(-200), "C2");
        var page = await app.SignInAsync(worker);
        (await page.PageTextAsync(Links.LookedAfter(child.Id))).ShouldContain(Links.AdoptionDecisions(child.Id, period.Id));

        var refused = await page.PostFormAsync(Links.AdoptionDecisions(child.Id, period.Id), new Dictionary<string, string>()
            .With(Date("ShouldBePlacedOn", Today.AddDays(-100))).With(Date("ReversedOn", Today.AddDays(-10))));
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Enter both the date the decision was reversed and why, or neither");
        (await app.QueryAsync(db => db.AdoptionDecisions.CountAsync(d => d.CarePeriodId == period.Id))).ShouldBe(0);

        (await page.PostFormAsync(Links.AdoptionDecisions(child.Id, period.Id), new Dictionary<string, string>
        {
            ["NumberOfAdopters"] = "2",
            ["AdoptersSex"] = "MF",
            ["AdoptersLegalStatus"] = "L11",
            ["FosterCarerAdopting"] = "false",
        }.With(Date("ShouldBePlacedOn", Today.AddDays(-100))).With(Date("BestInterestDecisionOn", Today.AddDays(-100)))
            .With(Date("MatchedOn", Today.AddDays(-30))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var decision = await app.QueryAsync(db => db.AdoptionDecisions.AsNoTracking().SingleAsync(d => d.CarePeriodId == period.Id));
        decision.ShouldBePlacedOn.ShouldBe(Today.AddDays(-100));
        decision.MatchedOn.ShouldBe(Today.AddDays(-30));
        decision.AdoptersSex.ShouldBe("MF");
        decision.NumberOfAdopters.ShouldBe(2);
        (await app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.CaseId == period.Id && e.Process == CourtAndAdoptionService.AdoptionProcess))).ShouldBe(1);
    }
}
