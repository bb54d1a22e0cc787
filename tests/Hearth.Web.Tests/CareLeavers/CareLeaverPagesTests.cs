using System.Net;
using Hearth.Core.CareLeavers;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Hearth.Web.Tests.Missing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.CareLeavers;

/// <summary>The Care leaver tab: the status worked out from the periods of care, what is due, and each form.</summary>
public sealed class CareLeaverPagesTests(HearthWebApp app)
{
    [Fact]
    public async Task An_eligible_child_shows_the_needs_assessment_due_and_the_pathway_plan_is_recorded()
    {
        var born = Today.AddYears(-16).AddMonths(-2);
        var child = await app.CreatePersonAsync("Erin", TestData.UniqueFamilyName(), born);
        await app.LookedAfterAsync(child.Id, Today.AddYears(-1));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var tab = await page.PageTextAsync(Links.CareLeaver(child.Id));
        tab.ShouldContain("Eligible");
        tab.ShouldContain("Sch 2 para 19B");
        tab.ShouldContain($"Due by {born.AddYears(16).AddMonths(3):d MMMM yyyy}");

        var refused = await page.PostFormAsync(Links.RecordPathwayPlan(child.Id), new Dictionary<string, string> { ["Stage"] = "PlanReviewed" }
            .With(Date("On", Today.AddDays(-1))));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.HtmlAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("Record the pathway plan being agreed before a review of it");
        (await (await page.PostFormAsync(Links.RecordPathwayPlan(child.Id), new Dictionary<string, string> { ["Stage"] = "12" }.With(Date("On", Today.AddDays(1))))).HtmlAsync())
            .ShouldContain("The date it was completed must be today or in the past");
        (await app.QueryAsync(db => db.PathwayPlans.CountAsync(p => p.PersonId == child.Id))).ShouldBe(0);

        (await page.PostFormAsync(Links.RecordPathwayPlan(child.Id), new Dictionary<string, string> { ["Stage"] = "NeedsAssessment" }
            .With(Date("On", Today.AddDays(-10))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.RecordPathwayPlan(child.Id), new Dictionary<string, string> { ["Stage"] = "PlanAgreed", ["Notes"] = "Agreed with Erin" }
            .With(Date("On", Today.AddDays(-5))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await page.PageTextAsync(Links.CareLeaver(child.Id));
        after.ShouldContain($"Completed {Today.AddDays(-10):d MMMM yyyy}");
        after.ShouldContain($"Due by {Today.AddDays(-5).AddMonths(6):d MMMM yyyy}, within 6 months");
        var obligations = await app.InScopeAsync(sp => sp.GetRequiredService<StatutoryObligations>().ForAsync([child.Id], Today));
        obligations.Single(o => o.RuleId == "careleavers.needs-assessment.3m").Status.ShouldBe(ObligationStatus.MetOnTime);
        obligations.Single(o => o.RuleId == "careleavers.pathway-plan-review.6m").Status.ShouldBe(ObligationStatus.Open);
    }

    [Fact]
    public async Task A_contact_around_the_19th_birthday_is_recorded_with_its_codes_and_bad_ones_are_refused()
    {
        var born = Today.AddYears(-19).AddMonths(-1);
        var child = await app.CreatePersonAsync("Femi", TestData.UniqueFamilyName(), born);
        await app.LookedAfterAsync(child.Id, born.AddYears(15), born.AddYears(18));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        (await page.PageTextAsync(Links.CareLeaver(child.Id))).ShouldContain("Former relevant");

        var bad = await (await page.PostFormAsync(Links.RecordCareLeaverContact(child.Id), new Dictionary<string, string> { ["InTouch"] = "YES" }
            .With(Date("ContactOn", Today)))).HtmlAsync();
        bad.ShouldContain("There is a problem");
        bad.ShouldContain("Select what the young person is doing");
        bad.ShouldContain("Select where the young person lives");
        var unknown = await (await page.PostFormAsync(Links.RecordCareLeaverContact(child.Id), new Dictionary<string, string>
        {
            ["InTouch"] = "MAYBE",
            ["AccommodationType"] = "A",
            ["Suitable"] = "true",
        }.With(Date("ContactOn", Today.AddDays(2))))).HtmlAsync();
        unknown.ShouldContain("Select whether the authority is in touch with the young person");
        unknown.ShouldContain("The date of the contact must be today or in the past");
        (await app.QueryAsync(db => db.CareLeaverContacts.CountAsync(c => c.PersonId == child.Id))).ShouldBe(0);

        (await page.PostFormAsync(Links.RecordCareLeaverContact(child.Id), new Dictionary<string, string>
        {
            ["InTouch"] = "YES",
            ["Activity"] = "F1",
            ["AccommodationType"] = "E",
            ["Suitable"] = "true",
        }.With(Date("ContactOn", Today.AddDays(-20))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var contact = await app.QueryAsync(db => db.CareLeaverContacts.AsNoTracking().SingleAsync(c => c.PersonId == child.Id));
        (contact.InTouch, contact.Activity, contact.Accommodation).ShouldBe(("YES", "F1", "E1"));
        var tab = await page.PageTextAsync(Links.CareLeaver(child.Id));
        tab.ShouldContain("Supported lodgings, suitable");
        tab.ShouldContain($"{Today.AddDays(-20):d MMMM yyyy}: Yes, in touch");
        tab.ShouldContain("No contact recorded", Case.Sensitive, "the 18th birthday's window closed with none");

        var obligations = await app.InScopeAsync(sp => sp.GetRequiredService<StatutoryObligations>().ForAsync([child.Id], Today));
        obligations.Single(o => o.RuleId == "careleavers.in-touch.birthday" && o.CaseId == CareLeaverClockEvents.WindowCase(child.Id, 19))
            .Status.ShouldBe(ObligationStatus.MetOnTime);
        obligations.Single(o => o.RuleId == "careleavers.in-touch.birthday" && o.CaseId == CareLeaverClockEvents.WindowCase(child.Id, 18))
            .Status.ShouldBe(ObligationStatus.Overdue);
    }

    [Fact]
    public async Task A_new_personal_adviser_ends_the_last_and_staying_put_starts_at_18_and_ends()
    {
        var born = Today.AddYears(-18).AddMonths(-3);
        var child = await app.CreatePersonAsync("Kai", TestData.UniqueFamilyName(), born);
        await app.LookedAfterAsync(child.Id, born.AddYears(15), born.AddYears(18));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        (await page.PostFormAsync(Links.AllocatePersonalAdviser(child.Id), new Dictionary<string, string> { ["AdviserName"] = "Pat Adebayo" }
            .With(Date("From", Today.AddDays(-30))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tooEarly = await (await page.PostFormAsync(Links.AllocatePersonalAdviser(child.Id), new Dictionary<string, string> { ["AdviserName"] = " " }
            .With(Date("From", Today.AddDays(-40))))).HtmlAsync();
        tooEarly.ShouldContain("Enter the personal adviser's name");
        tooEarly.ShouldContain("The date must be after Pat Adebayo was allocated");
        (await page.PostFormAsync(Links.AllocatePersonalAdviser(child.Id), new Dictionary<string, string> { ["AdviserName"] = "Ray Chen" }
            .With(Date("From", Today.AddDays(-5))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var advisers = await app.QueryAsync(db => db.PersonalAdvisers.AsNoTracking().Where(a => a.PersonId == child.Id).OrderBy(a => a.From).ToListAsync());
        advisers.Select(a => (a.AdviserName, a.To)).ShouldBe([("Pat Adebayo", (DateOnly?)Today.AddDays(-5)), ("Ray Chen", null)]);
        (await page.PageTextAsync(Links.CareLeaver(child.Id))).ShouldContain($"Ray Chen, from {Today.AddDays(-5):d MMMM yyyy}");

        var before18 = await (await page.PostFormAsync(Links.StayingPut(child.Id), new Dictionary<string, string> { ["CarerName"] = "Jo Walsh" }
            .With(Date("StartedOn", born.AddYears(18).AddDays(-1))))).HtmlAsync();
        before18.ShouldContain("Staying put starts on or after the young person's 18th birthday");
        (await app.QueryAsync(db => db.StayingPutArrangements.CountAsync(s => s.PersonId == child.Id))).ShouldBe(0);
        (await page.PostFormAsync(Links.StayingPut(child.Id), new Dictionary<string, string> { ["CarerName"] = "Jo Walsh" }
            .With(Date("StartedOn", born.AddYears(18))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await page.PageTextAsync(Links.StayingPut(child.Id))).ShouldContain("Date staying put ended");
        (await (await page.PostFormAsync(Links.StayingPut(child.Id), Date("EndedOn", born.AddYears(18).AddDays(-2)))).HtmlAsync())
            .ShouldContain("cannot be before it started");
        (await page.PostFormAsync(Links.StayingPut(child.Id), Date("EndedOn", Today))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var arrangement = await app.QueryAsync(db => db.StayingPutArrangements.AsNoTracking().SingleAsync(s => s.PersonId == child.Id));
        (arrangement.CarerName, arrangement.StartedOn, arrangement.EndedOn).ShouldBe(("Jo Walsh", born.AddYears(18), (DateOnly?)Today));
    }

    [Fact]
    public async Task A_child_never_looked_after_is_not_a_care_leaver()
    {
        var child = await app.CreatePersonAsync("Ned", TestData.UniqueFamilyName(), Today.AddYears(-17));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.TeamManager));

        var tab = await page.PageTextAsync(Links.CareLeaver(child.Id));
        tab.ShouldContain("Not a care leaver");
        tab.ShouldContain("Not due: not eligible");
    }
}
