using System.Net;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>The child's 903 details the person record does not hold: UASC, motherhood and permanence before care (issue 6).</summary>
public sealed class LookedAfterDetailsPageTests(HearthWebApp app)
{
    [Fact]
    public async Task The_details_are_saved_with_an_event_and_shown_when_the_form_is_opened_again()
    {
        var child = await app.CreatePersonAsync("Nadia", TestData.UniqueFamilyName(), new DateOnly(2010, 3, 1));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        (await page.PageTextAsync(Links.LookedAfter(child.Id))).ShouldContain(Links.LookedAfterDetails(child.Id));

        (await page.PostFormAsync(Links.LookedAfterDetails(child.Id), new Dictionary<string, string>
        {
            ["UnaccompaniedAsylumSeeker"] = "true",
            ["IsMother"] = "true",
            ["PreviousPermanence"] = "P3",
            ["PreviousPermanenceAuthority"] = "Hearthshire",
            ["PreviousPermanenceDate"] = "zz/05/2019",
        }.With(Date("MothersChildBirthDate", new DateOnly(2026, 2, 14))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var profile = await app.QueryAsync(db => db.LookedAfterChildProfiles.AsNoTracking().SingleAsync(p => p.PersonId == child.Id));
        profile.UnaccompaniedAsylumSeeker.ShouldBeTrue();
        profile.IsMother.ShouldBe(true);
        profile.MothersChildBirthDate.ShouldBe(new DateOnly(2026, 2, 14));
        profile.PreviousPermanence.ShouldBe("P3");
        profile.PreviousPermanenceDate.ShouldBe("zz/05/2019");
        (await app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.Process == LookedAfterChildProfileService.Process))).ShouldBeGreaterThan(0);
        (await page.PageTextAsync(Links.LookedAfterDetails(child.Id))).ShouldContain("zz/05/2019");
    }

    [Fact]
    public async Task Bad_details_are_refused_with_messages_and_nothing_is_saved()
    {
        var boy = await app.CreatePersonAsync("Omar", TestData.UniqueFamilyName(), new DateOnly(2011, 6, 1), sex: "M");
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var response = await page.PostFormAsync(Links.LookedAfterDetails(boy.Id), new Dictionary<string, string>
        {
            ["UnaccompaniedAsylumSeeker"] = "false",
            ["IsMother"] = "true",
            ["PreviousPermanence"] = "Z1",
            ["PreviousPermanenceDate"] = "31/02/2019",
        }.With(Date("UascCeasedOn", new DateOnly(2025, 1, 1))));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("Only enter the date asylum-seeking status ended for an unaccompanied asylum-seeking child");
        html.ShouldContain("Only a girl or young woman recorded as female can be recorded as a mother");
        html.ShouldContain("Only enter the date of the order for an adoption, special guardianship or child arrangements order");

        var bad = await page.PostFormAsync(Links.LookedAfterDetails(boy.Id), new Dictionary<string, string>
        {
            ["UnaccompaniedAsylumSeeker"] = "false",
            ["PreviousPermanence"] = "P1",
            ["PreviousPermanenceDate"] = "31/02/2019",
        });
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Enter the date of the order as dd/mm/yyyy");
        (await app.QueryAsync(db => db.LookedAfterChildProfiles.CountAsync(p => p.PersonId == boy.Id))).ShouldBe(0);
    }
}
