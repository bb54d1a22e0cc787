using System.Net;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.FrontDoor;

public sealed class FrontDoorListTests(HearthWebApp app)
{
    [Fact]
    public async Task The_handover_lists_the_out_of_hours_contacts_for_its_day_with_a_link_rag_and_status()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Vera", TestData.UniqueFamilyName());
        var overnight = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with { Channel = ContactChannel.OutOfHours });
        var decided = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with { Channel = ContactChannel.OutOfHours });
        var daytime = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        await app.RateAsync(worker, overnight.Id, RagRating.Red);
        await app.DecideAsync(manager, decided.Id, ThresholdOutcome.InformationAndAdvice);
        var day = overnight.HandoverDate!.Value;
        var page = await app.SignInAsync(worker);

        var html = await page.GetHtmlAsync($"/front-door/handover?date={day:yyyy-MM-dd}");

        html.ShouldContain($"<a class=\"govuk-link\" href=\"/front-door/contacts/{overnight.Id}\">{overnight.Reference}</a>");
        html.ShouldContain($"data-testid=\"handover-row-{decided.Reference}\"");
        html.ShouldNotContain(daytime.Reference);
        html.ShouldContain("govuk-tag govuk-tag--red\">Red<");
        var decidedRow = html[html.IndexOf($"handover-status-{decided.Reference}", StringComparison.Ordinal)..];
        decidedRow[..300].ShouldContain("Decided");
        decidedRow[..300].ShouldContain("Information and advice");
        html.ShouldContain(EnglandClock.ToEnglandTime(overnight.ReceivedAt).ToString("d MMM yyyy HH:mm"));

        var nextDay = await page.GetHtmlAsync($"/front-door/handover?date={day.AddDays(1):yyyy-MM-dd}");
        nextDay.ShouldNotContain(overnight.Reference);
    }

    [Fact]
    public async Task The_handover_shows_today_in_england_unless_a_day_is_asked_for_and_says_when_the_date_is_not_real()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.FrontDoorWorker));
        var today = app.Services.GetRequiredService<TimeProvider>().TodayInEngland();

        (await page.GetHtmlAsync("/front-door/handover")).ShouldContain($"data-testid=\"handover-date\">{today:dddd d MMMM yyyy}<");
        var wrong = await page.GetHtmlAsync("/front-door/handover?date=2026-02-31");
        wrong.ShouldContain("Enter a real date");
        wrong.ShouldContain($"data-testid=\"handover-date\">{today:dddd d MMMM yyyy}<");
    }

    [Fact]
    public async Task Referrers_not_yet_sent_the_outcome_are_listed_oldest_decision_first_until_the_letter_is_sent()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Wren", TestData.UniqueFamilyName());
        var older = await DecidedAsync(worker, manager, child.Id, daysAgo: 10);
        var newer = await DecidedAsync(worker, manager, child.Id, daysAgo: 3);
        var told = await DecidedAsync(worker, manager, child.Id, daysAgo: 12);
        var anonymous = await DecidedAsync(worker, manager, child.Id, daysAgo: 11, input => input with { ReferralSource = "9", ReferrerName = null });
        var undecided = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        await OutcomeLetterAsync(told, sent: true);
        await OutcomeLetterAsync(newer, sent: false);
        var page = await app.SignInAsync(worker);

        var html = await page.GetHtmlAsync("/front-door/awaiting-feedback");

        html.IndexOf(older.Reference, StringComparison.Ordinal).ShouldBeGreaterThan(-1);
        html.IndexOf(older.Reference, StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf(newer.Reference, StringComparison.Ordinal));
        html.ShouldContain($"href=\"/front-door/contacts/{older.Id}\"");
        html.ShouldContain($"data-testid=\"days-since-{older.Reference}\">10<");
        html.ShouldContain($"data-testid=\"days-since-{newer.Reference}\">3<");
        html[html.IndexOf($"awaiting-row-{newer.Reference}", StringComparison.Ordinal)..].ShouldContain("Written, not sent");
        html.ShouldNotContain(told.Reference);
        html.ShouldNotContain(anonymous.Reference);
        html.ShouldNotContain(undecided.Reference);
    }

    [Fact]
    public async Task The_front_door_lists_are_refused_to_a_role_that_does_not_record_contacts()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));

        foreach (var url in new[] { "/front-door/handover", "/front-door/awaiting-feedback" })
        {
            var response = await page.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldContain("/forbidden");
        }
    }

    /// <summary>A contact decided <paramref name="daysAgo"/> days ago: decided now, then its decision time moved back.</summary>
    private async Task<Contact> DecidedAsync(User worker, User manager, Guid child, int daysAgo, Func<ContactInput, ContactInput>? change = null)
    {
        var input = FrontDoorTestData.Contact(child);
        var contact = await app.RecordContactAsync(worker, change is null ? input : change(input));
        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.NoFurtherAction);
        return await app.QueryAsync(async db =>
        {
            var saved = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
            db.Entry(saved.Decision!).Property(d => d.DecidedAt).CurrentValue = saved.Decision!.DecidedAt.AddDays(-daysAgo);
            await db.SaveChangesAsync();
            return saved;
        });
    }

    private Task<bool> OutcomeLetterAsync(Contact contact, bool sent) => app.QueryAsync(async db =>
    {
        var letter = new ReferrerLetter
        {
            ContactId = contact.Id,
            Kind = LetterKind.Outcome,
            Text = "We have decided.",
            GeneratedAt = DateTime.UtcNow.AddDays(-1),
            GeneratedByName = "Test",
        };
        if (sent)
        {
            letter.MarkSent(DateOnly.FromDateTime(DateTime.UtcNow), "dsl@school.example", "Test");
        }
        db.ReferrerLetters.Add(letter);
        await db.SaveChangesAsync();
        return true;
    });
}
