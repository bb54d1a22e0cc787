using System.Net;
using System.Text.RegularExpressions;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Benchmarks;

/// <summary>
/// A load run of the front door's two busiest pages over HTTP against the real app (Kestrel, the
/// same middleware, sign-in cookie and access logging as production): the queue with 2,000 open
/// contacts, and a decision page whose household has 50 prior contacts. Issue 3 target: p95 under
/// 100 ms on SQLite and PostgreSQL. The data is made through the same services as the pages.
/// </summary>
public static partial class FrontDoorLoadRun
{
    private const int OpenContacts = 2000;
    private const int PriorContacts = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var (requests, appArguments) = PageLoad.Arguments(args);
        var (app, address) = await PageLoad.StartAsync(appArguments);
        var decisionContact = await PrepareAsync(app.Services);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var open = await scope.ServiceProvider.GetRequiredService<HearthDbContext>().Contacts.CountAsync(c => c.Status == ContactStatus.AwaitingDecision);
            Console.WriteLine($"Front door load run: {app.Services.GetRequiredService<DatabaseChoice>().Provider}, {open:N0} open contacts, {PriorContacts} prior contacts on the decision page's household, {requests} requests per page, {Environment.ProcessorCount} cores");
        }
        using var client = await SignInAsync(address, "team.manager");
        await PageLoad.MeasureAsync(client, "queue (first page of 50)", "/front-door", requests);
        await PageLoad.MeasureAsync(client, "decision page", $"/front-door/contacts/{decisionContact}/decision", requests);
        await app.StopAsync();
        return 0;
    }

    /// <summary>Tops the queue up to 2,000 open contacts and makes a household with 50 prior contacts; returns the contact to decide.</summary>
    private static async Task<Guid> PrepareAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<HearthDbContext>();
        var worker = await db.Users.SingleAsync(u => u.UserName == "front.door");
        var ctx = new ProcessContext(worker.Id, worker.DisplayName, "Front door load run");
        var children = await db.People.Where(p => !p.IsRestricted && p.DateOfBirth > new DateOnly(2008, 1, 1)).Select(p => p.Id).Take(200).ToListAsync();
        var recording = sp.GetRequiredService<ContactRecording>();
        var screening = sp.GetRequiredService<MashScreening>();
        var decisions = sp.GetRequiredService<ThresholdDecisions>();
        var existing = await db.Contacts.CountAsync(c => c.Status == ContactStatus.AwaitingDecision);
        var now = DateTime.UtcNow;
        for (var i = existing; i < OpenContacts; i++)
        {
            var contact = await recording.RecordAsync(Input(children[i % children.Count], now.AddMinutes(-i)), ctx);
            if (i % 3 != 0)
            {
                await screening.RateAsync(contact.Id, (RagRating)(1 + (i % 3)), "Load run rating.", ctx);
            }
            db.ChangeTracker.Clear();
            if (i % 250 == 0)
            {
                Console.Write($"\r  {i:N0} of {OpenContacts:N0} open contacts   ");
            }
        }
        Console.WriteLine();

        var household = await db.Relationships.Where(r => r.SameHousehold && r.Type == RelationshipType.ParentOf)
            .Where(r => db.People.Any(p => p.Id == r.PersonId && !p.IsRestricted))
            .GroupBy(r => r.PersonId).Where(g => g.Count() >= 2).Select(g => g.Select(r => r.RelatedPersonId).ToList()).FirstAsync();
        var priors = await db.ContactChildren.CountAsync(l => household.Contains(l.PersonId));
        var manager = await db.Users.SingleAsync(u => u.UserName == "team.manager");
        var decider = new ProcessContext(manager.Id, manager.DisplayName, "Front door load run");
        for (var i = priors; i < PriorContacts; i++)
        {
            var prior = await recording.RecordAsync(Input(household[i % household.Count], now.AddDays(-(i + 1) * 6)), ctx);
            await decisions.DecideAsync(prior.Id, i % 5 == 0 ? ThresholdOutcome.ReferralForAssessment : ThresholdOutcome.InformationAndAdvice, "Load run decision.", decider);
            db.ChangeTracker.Clear();
        }
        var current = await db.ContactChildren.Where(l => household.Contains(l.PersonId))
            .Join(db.Contacts.Where(c => c.Status == ContactStatus.AwaitingDecision), l => l.ContactId, c => c.Id, (l, c) => c.Id).FirstOrDefaultAsync();
        return current != Guid.Empty ? current : (await recording.RecordAsync(Input(household[0], now.AddMinutes(-5)), ctx)).Id;
    }

    private static ContactInput Input(Guid child, DateTime receivedAt) => new()
    {
        SubmissionKey = Guid.NewGuid(),
        ReceivedAt = receivedAt,
        Channel = ContactChannel.Phone,
        Type = ContactType.Concern,
        ReferrerName = "Load run referrer",
        ReferrerOrganisation = "Hearthton Primary School",
        ReferralSource = "2A",
        Concern = "A concern recorded by the front door load run, long enough to look like a real one: the child arrived at school without breakfast and with a bruise.",
        Consent = ConsentStatus.Given,
        Children = [child],
    };

    internal static async Task<HttpClient> SignInAsync(string address, string userName, string password = Hearth.Core.Data.Seeding.DemoAuthority.DemoPassword)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = new Uri(address) };
        using var signInPage = await client.GetAsync("/sign-in");
        if (!signInPage.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET /sign-in answered {(int)signInPage.StatusCode} {signInPage.Headers.Location}");
        }
        var form = await signInPage.Content.ReadAsStringAsync();
        var token = Token().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        }
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
