using System.Net;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Workforce;

public sealed class StaffAdministrationTests(HearthWebApp app)
{
    [Fact]
    public async Task An_administrator_adds_a_member_of_staff_who_can_then_sign_in_and_the_addition_is_an_event()
    {
        var admin = await app.CreateUserAsync(Role.Administrator);
        var teamId = await app.QueryAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.TeamId!.Value).SingleAsync());
        var page = await app.SignInAsync(admin);
        var userName = $"new.worker.{Guid.NewGuid():N}"[..24];

        var response = await page.PostFormAsync("/admin/staff/add", new()
        {
            ["DisplayName"] = "Nia Roberts",
            ["UserName"] = userName,
            ["Email"] = $"{userName}@hearthshire.example",
            ["Role"] = nameof(Role.SocialWorker),
            ["TeamId"] = teamId.ToString(),
            ["Password"] = "a-long-enough-password",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var added = await app.QueryAsync(db => db.Users.SingleAsync(u => u.UserName == userName));
        added.Role.ShouldBe(Role.SocialWorker);
        (await app.QueryAsync(db => db.ProcessEvents.AnyAsync(e => e.EventType == "StaffMemberAdded" && e.UserId == admin.Id && e.Payload.Contains(userName))))
            .ShouldBeTrue();
        var signIn = await new PageClient(app.AnonymousClient()).PostFormAsync("/sign-in", new() { ["UserName"] = userName, ["Password"] = "a-long-enough-password" });
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_taken_user_name_and_a_short_password_are_refused_and_nobody_is_added()
    {
        var admin = await app.CreateUserAsync(Role.Administrator);
        var page = await app.SignInAsync(admin);
        var before = await app.QueryAsync(db => db.Users.CountAsync());

        var response = await page.PostFormAsync("/admin/staff/add", new()
        {
            ["DisplayName"] = "Copy Cat",
            ["UserName"] = admin.UserName,
            ["Role"] = nameof(Role.SocialWorker),
            ["Password"] = "short",
        });

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("That user name is already taken");
        html.ShouldContain("Password must be 12 characters or more");
        html.ShouldContain("Select their team");
        (await app.QueryAsync(db => db.Users.CountAsync())).ShouldBeLessThanOrEqualTo(before + 5);
        (await app.QueryAsync(db => db.Users.CountAsync(u => u.DisplayName == "Copy Cat"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_deactivated_member_of_staff_can_no_longer_sign_in_and_their_open_session_ends()
    {
        var admin = await app.CreateUserAsync(Role.Administrator);
        var leaver = await app.CreateUserAsync(Role.SocialWorker);
        var teamId = await app.QueryAsync(db => db.Users.Where(u => u.Id == leaver.Id).Select(u => u.TeamId!.Value).SingleAsync());
        var page = await app.SignInAsync(admin);
        var leaversSession = await app.SignInAsync(leaver);
        (await leaversSession.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await page.PostFormAsync($"/admin/staff/{leaver.Id}", new()
        {
            ["Role"] = nameof(Role.SocialWorker),
            ["TeamId"] = teamId.ToString(),
            ["Active"] = "no",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var signIn = await new PageClient(app.AnonymousClient()).PostFormAsync("/sign-in", new() { ["UserName"] = leaver.UserName, ["Password"] = HearthWebApp.TestPassword });
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await signIn.Content.ReadAsStringAsync()).ShouldContain("Enter a correct user name and password");
        var stillSignedIn = await leaversSession.GetAsync("/");
        stillSignedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stillSignedIn.Headers.Location!.ToString().ShouldContain("/sign-in");
    }

    [Fact]
    public async Task A_social_workers_registration_number_is_kept_for_the_903_and_a_malformed_one_is_refused()
    {
        var admin = await app.CreateUserAsync(Role.Administrator);
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var teamId = await app.QueryAsync(db => db.Users.Where(u => u.Id == worker.Id).Select(u => u.TeamId!.Value).SingleAsync());
        var page = await app.SignInAsync(admin);
        Dictionary<string, string> Fields(string number) => new()
        {
            ["Role"] = nameof(Role.SocialWorker),
            ["TeamId"] = teamId.ToString(),
            ["Active"] = "yes",
            ["SocialWorkEnglandNumber"] = number,
        };

        var refused = await page.PostFormAsync($"/admin/staff/{worker.Id}", Fields("12345"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Enter the Social Work England number as SW followed by digits");
        (await app.QueryAsync(db => db.Users.Where(u => u.Id == worker.Id).Select(u => u.SocialWorkEnglandNumber).SingleAsync())).ShouldBeNull();

        (await page.PostFormAsync($"/admin/staff/{worker.Id}", Fields(" sw123456 "))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.Users.Where(u => u.Id == worker.Id).Select(u => u.SocialWorkEnglandNumber).SingleAsync())).ShouldBe("SW123456");
    }
}
