using System.Net;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>The reviews page: reviews, statutory visits and IRO challenges recorded through the forms, with the due dates from the engine.</summary>
public sealed class ReviewPagesTests(HearthWebApp app)
{
    private async Task<(Guid ChildId, Guid PeriodId)> LookedAfterChildAsync(DateOnly? born = null)
    {
        var child = await app.CreatePersonAsync("Ola", TestData.UniqueFamilyName(), born ?? new DateOnly(2016, 5, 1));
        var period = await app.StartPeriodAsync(child.Id, Today.AddDays(-60), "V2", "U4");
        return (child.Id, period.Id);
    }

    private static Dictionary<string, string> ReviewForm(DateOnly held, string code, string chair = "Indira Rao") => new Dictionary<string, string>
    {
        ["ChairName"] = chair,
        ["ParticipationCode"] = code,
        ["Recommendations"] = "Keep the placement; plan for permanence",
    }.With(Date("HeldOn", held));

    [Fact]
    public async Task A_review_is_recorded_and_the_next_review_is_no_longer_overdue()
    {
        var (child, period) = await LookedAfterChildAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.IndependentReviewingOfficer));
        var before = await page.PageTextAsync(Links.LookedAfterReviews(child));
        before.ShouldContain("Record a review");
        // 60 days in care with no review: the first, due at 20 working days, is overdue.
        Section(before, "next-review-due").ShouldContain("Overdue");
        (await page.PageTextAsync(Links.RecordLookedAfterReview(child))).ShouldContain("PN3: Child physically attends and conveys their view symbolically");

        var response = await page.PostFormAsync(Links.RecordLookedAfterReview(child), ReviewForm(Today.AddDays(-1), "PN1"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var review = await app.QueryAsync(db => db.LookedAfterReviews.AsNoTracking().SingleAsync(r => r.PersonId == child));
        (review.CarePeriodId, review.HeldOn, review.ChairName, review.ParticipationCode).ShouldBe((period, Today.AddDays(-1), "Indira Rao", "PN1"));
        var after = await page.PageTextAsync(Links.LookedAfterReviews(child));
        after.ShouldContain("PN1: Child physically attends and speaks for themselves");
        Section(after, "next-review-due").ShouldContain(Today.AddDays(-1).AddMonths(3).ToString("d MMMM yyyy"));
        Section(after, "next-review-due").ShouldNotContain("Overdue");
    }

    [Fact]
    public async Task A_bad_review_is_refused_with_messages_and_nothing_is_saved()
    {
        var (child, _) = await LookedAfterChildAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.IndependentReviewingOfficer));

        var future = await (await page.PostFormAsync(Links.RecordLookedAfterReview(child), ReviewForm(Today.AddDays(1), "PN1", chair: ""))).HtmlAsync();
        future.ShouldContain("There is a problem");
        future.ShouldContain("The date of the review must be today or in the past");
        future.ShouldContain("Enter who chaired the review");

        var pn0 = await (await page.PostFormAsync(Links.RecordLookedAfterReview(child), ReviewForm(Today, "PN0"))).HtmlAsync();
        pn0.ShouldContain("PN0 is only for a child under 4");

        var beforeCare = await (await page.PostFormAsync(Links.RecordLookedAfterReview(child), ReviewForm(Today.AddDays(-61), "PN1"))).HtmlAsync();
        beforeCare.ShouldContain("cannot be before the child became looked after");

        var noCode = await (await page.PostFormAsync(Links.RecordLookedAfterReview(child), ReviewForm(Today, "PN9"))).HtmlAsync();
        noCode.ShouldContain("Select how the child took part in the review");
        (await app.QueryAsync(db => db.LookedAfterReviews.CountAsync(r => r.PersonId == child))).ShouldBe(0);
    }

    [Fact]
    public async Task A_child_under_4_takes_part_as_PN0_and_only_PN0()
    {
        var (child, _) = await LookedAfterChildAsync(born: Today.AddYears(-2));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.TeamManager));

        (await (await page.PostFormAsync(Links.RecordLookedAfterReview(child), ReviewForm(Today, "PN1"))).HtmlAsync())
            .ShouldContain("The child was under 4 on the day of the review: select PN0");
        (await page.PostFormAsync(Links.RecordLookedAfterReview(child), ReviewForm(Today, "PN0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.LookedAfterReviews.SingleAsync(r => r.PersonId == child))).ParticipationCode.ShouldBe("PN0");
    }

    [Fact]
    public async Task A_visit_is_recorded_and_the_next_visit_is_due_6_weeks_later()
    {
        var (child, period) = await LookedAfterChildAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var before = await page.PageTextAsync(Links.LookedAfterReviews(child));
        before.ShouldContain("Record a visit");
        before.ShouldNotContain("Record a review", customMessage: "a social worker does not chair reviews");
        Section(before, "next-visit-due").ShouldContain("Overdue");

        var response = await page.PostFormAsync(Links.RecordLookedAfterVisit(child), new Dictionary<string, string>
        {
            ["VisitedBy"] = "Sam Okoro",
            ["ChildSeen"] = "true",
            ["SeenAlone"] = "true",
            ["Observations"] = "Settled; showed me her room and talked about school",
        }.With(Date("VisitedOn", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var visit = await app.QueryAsync(db => db.LookedAfterVisits.AsNoTracking().SingleAsync(v => v.PersonId == child));
        (visit.CarePeriodId, visit.VisitedOn, visit.ChildSeen, visit.SeenAlone).ShouldBe((period, Today, true, true));
        var after = await page.PageTextAsync(Links.LookedAfterReviews(child));
        Section(after, "next-visit-due").ShouldContain(Today.AddDays(42).ToString("d MMMM yyyy"));
        after.ShouldContain("Settled; showed me her room");
    }

    [Fact]
    public async Task A_bad_visit_is_refused_with_messages_and_nothing_is_saved()
    {
        var (child, _) = await LookedAfterChildAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var html = await (await page.PostFormAsync(Links.RecordLookedAfterVisit(child), new Dictionary<string, string>
        {
            ["VisitedBy"] = "",
            ["Observations"] = "",
        }.With(Date("VisitedOn", Today.AddDays(1))))).HtmlAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("The date of the visit must be today or in the past");
        html.ShouldContain("Enter who visited");
        html.ShouldContain("Select whether the child was seen");
        html.ShouldContain("Enter what you observed on the visit");

        var alone = await (await page.PostFormAsync(Links.RecordLookedAfterVisit(child), new Dictionary<string, string>
        {
            ["VisitedBy"] = "Sam Okoro",
            ["ChildSeen"] = "false",
            ["SeenAlone"] = "true",
            ["Observations"] = "Child at football",
        }.With(Date("VisitedOn", Today)))).HtmlAsync();
        alone.ShouldContain("The child can only have been seen alone if they were seen");

        var badDate = await (await page.PostFormAsync(Links.RecordLookedAfterVisit(child), new Dictionary<string, string>
        {
            ["VisitedBy"] = "Sam Okoro",
            ["ChildSeen"] = "true",
            ["SeenAlone"] = "false",
            ["Observations"] = "Seen with carer",
            ["VisitedOn.Day"] = "31",
            ["VisitedOn.Month"] = "2",
            ["VisitedOn.Year"] = "2026",
        })).HtmlAsync();
        badDate.ShouldContain("There is a problem");
        (await app.QueryAsync(db => db.LookedAfterVisits.CountAsync(v => v.PersonId == child))).ShouldBe(0);
    }

    [Fact]
    public async Task An_IRO_challenge_is_raised_then_resolved_and_bad_input_changes_nothing()
    {
        var (child, _) = await LookedAfterChildAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.IndependentReviewingOfficer));

        var refused = await (await page.PostFormAsync(Links.RaiseIroChallenge(child), new Dictionary<string, string>
        {
            ["RaisedBy"] = "Indira Rao",
            ["Concern"] = "",
        }.With(Date("RaisedOn", Today)))).HtmlAsync();
        refused.ShouldContain("Select whether the challenge is informal or formal");
        refused.ShouldContain("Enter the IRO’s concern");
        (await app.QueryAsync(db => db.IroChallenges.CountAsync(c => c.PersonId == child))).ShouldBe(0);

        (await page.PostFormAsync(Links.RaiseIroChallenge(child), new Dictionary<string, string>
        {
            ["RaisedBy"] = "Indira Rao",
            ["Formal"] = "true",
            ["Concern"] = "No permanence plan at the second review",
        }.With(Date("RaisedOn", Today.AddDays(-10))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var challenge = await app.QueryAsync(db => db.IroChallenges.AsNoTracking().SingleAsync(c => c.PersonId == child));
        challenge.Formal.ShouldBeTrue();
        (await page.PageTextAsync(Links.LookedAfterReviews(child))).ShouldContain("No permanence plan at the second review");

        var early = await (await page.PostFormAsync(Links.ResolveIroChallenge(child, challenge.Id), new Dictionary<string, string>
        {
            ["ChallengeId"] = challenge.Id.ToString(),
            ["Resolution"] = "Plan agreed",
        }.With(Date("ResolvedOn", Today.AddDays(-11))))).HtmlAsync();
        early.ShouldContain("cannot be before it was raised");
        (await app.QueryAsync(db => db.IroChallenges.AsNoTracking().SingleAsync(c => c.Id == challenge.Id))).ResolvedOn.ShouldBeNull();

        (await page.PostFormAsync(Links.ResolveIroChallenge(child, challenge.Id), new Dictionary<string, string>
        {
            ["ChallengeId"] = challenge.Id.ToString(),
            ["Resolution"] = "Permanence planning meeting held; plan for long-term fostering agreed",
        }.With(Date("ResolvedOn", Today)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var resolved = await app.QueryAsync(db => db.IroChallenges.AsNoTracking().SingleAsync(c => c.Id == challenge.Id));
        resolved.ResolvedOn.ShouldBe(Today);
        (await page.PageTextAsync(Links.LookedAfterReviews(child))).ShouldContain("plan for long-term fostering agreed");
    }

    [Fact]
    public async Task A_child_with_no_period_of_care_has_nothing_to_record_against()
    {
        var child = await app.CreatePersonAsync("Pip", TestData.UniqueFamilyName(), new DateOnly(2016, 5, 1));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.TeamManager));
        (await page.PageTextAsync(Links.LookedAfterReviews(child.Id))).ShouldContain("This child has no period of care");

        var html = await (await page.PostFormAsync(Links.RecordLookedAfterReview(child.Id), ReviewForm(Today, "PN1"))).HtmlAsync();
        html.ShouldContain("The child has no period of care");
        (await app.QueryAsync(db => db.LookedAfterReviews.CountAsync(r => r.PersonId == child.Id))).ShouldBe(0);
    }

    /// <summary>The element with the data-testid up to its closing tag's neighbourhood: enough to read one due date.</summary>
    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(-1, $"no {testId} on the page");
        var end = html.IndexOf("</dd>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
