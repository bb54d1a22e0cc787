using Hearth.Core.Audit;
using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Benchmarks;

/// <summary>
/// Issue 4's load run, over HTTP against the real app: the team manager's view (/team) for a team of
/// 10 workers with 300 open cases (target p95 under 150 ms), and the chronology of a child with 2,000
/// chronology events (target p95 under 200 ms). The data is made through the services the pages use:
/// each case is a referral decided at the front door (an open CIN episode with its clocks) allocated
/// to one of the workers; the chronology child has 2,000 finalised case notes.
/// </summary>
public static class CaseworkLoadRun
{
    private const int Workers = 10;
    private const int Cases = 300;
    private const int ChronologyNotes = 2000;
    private const string TeamName = "Bench assessment team";
    private const string ManagerName = "bench.manager";
    private const string Password = "bench-password-2026";

    public static async Task<int> RunAsync(string[] args)
    {
        var (requests, appArguments) = PageLoad.Arguments(args);
        var (app, address) = await PageLoad.StartAsync(appArguments);
        var chronologyChild = await PrepareAsync(app.Services);
        Console.WriteLine($"Casework load run: {app.Services.GetRequiredService<DatabaseChoice>().Provider}, a team of {Workers} workers with {Cases} open cases, a chronology of {ChronologyNotes:N0} entries, {requests} requests per page, {Environment.ProcessorCount} cores");
        using var client = await FrontDoorLoadRun.SignInAsync(address, ManagerName, Password);
        await PageLoad.MeasureAsync(client, "team manager's view (/team)", "/team", requests);
        await PageLoad.MeasureAsync(client, "chronology (2,000 entries)", $"/people/{chronologyChild}/chronology", requests);
        await app.StopAsync();
        return 0;
    }

    private static async Task<Guid> PrepareAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<HearthDbContext>();
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == TeamName);
        if (team is not null)
        {
            return await ChronologyChildAsync(db);
        }
        team = new Team { Name = TeamName };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        var accounts = sp.GetRequiredService<UserAccounts>();
        var manager = await accounts.CreateAsync(ManagerName, "Bench Manager", Role.TeamManager, team.Id, Password);
        team.ManagerId = manager.Id;
        await db.SaveChangesAsync();
        var workers = new List<User>();
        for (var w = 0; w < Workers; w++)
        {
            workers.Add(await accounts.CreateAsync($"bench.worker{w}", $"Bench Worker {w}", Role.SocialWorker, team.Id, Password));
        }

        var people = sp.GetRequiredService<PersonService>();
        var recording = sp.GetRequiredService<ContactRecording>();
        var decisions = sp.GetRequiredService<ThresholdDecisions>();
        var allocations = sp.GetRequiredService<AllocationService>();
        var ctx = new ProcessContext(manager.Id, manager.DisplayName, "Casework load run");
        var random = new Random(42);
        var now = DateTime.UtcNow;
        Guid first = Guid.Empty;
        for (var i = 0; i < Cases; i++)
        {
            var child = await people.RecordPersonAsync(new PersonDetails
            {
                GivenNames = $"Bench{i}",
                FamilyName = "Casework",
                DateOfBirth = new DateOnly(2012, 1, 1).AddDays(random.Next(3000)),
                Sex = i % 2 == 0 ? "F" : "M",
            }, null, ctx);
            first = first == Guid.Empty ? child.Id : first;
            // Referrals spread over the last 90 days: some assessments overdue, some due this week, some not yet.
            var contact = await recording.RecordAsync(new ContactInput
            {
                SubmissionKey = Guid.NewGuid(),
                ReceivedAt = now.AddDays(-random.Next(1, 90)),
                Channel = ContactChannel.Phone,
                Type = ContactType.Concern,
                ReferrerName = "Load run referrer",
                ReferralSource = "2A",
                Concern = "A concern recorded by the casework load run.",
                Consent = ConsentStatus.Given,
                IsReferral = true,
                Children = [child.Id],
            }, ctx);
            await decisions.DecideAsync(contact.Id, ThresholdOutcome.ReferralForAssessment, "Load run decision.", ctx);
            await allocations.AllocateAsync(child.Id, workers[i % Workers].Id, null, ctx);
            db.ChangeTracker.Clear();
            if (i % 50 == 0)
            {
                Console.Write($"\r  {i} of {Cases} cases   ");
            }
        }
        var notes = sp.GetRequiredService<CaseNoteService>();
        var author = new ProcessContext(workers[0].Id, workers[0].DisplayName);
        for (var n = 0; n < ChronologyNotes; n++)
        {
            var note = await notes.DraftAsync(first, DateOnly.FromDateTime(now).AddDays(-(n % 700)), $"Visit {n}",
                "Saw the child at home; spoke with the parent about school attendance and the plan.", author);
            await notes.FinaliseAsync(note.Id, author);
            db.ChangeTracker.Clear();
            if (n % 250 == 0)
            {
                Console.Write($"\r  {n:N0} of {ChronologyNotes:N0} case notes   ");
            }
        }
        Console.WriteLine();
        return first;
    }

    private static Task<Guid> ChronologyChildAsync(HearthDbContext db) =>
        db.CaseNotes.GroupBy(n => n.PersonId).Where(g => g.Count() >= ChronologyNotes).Select(g => g.Key).FirstAsync();
}
