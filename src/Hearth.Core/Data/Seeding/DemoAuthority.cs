using Hearth.Core.Audit;
using Hearth.Core.CaseNotes;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Core.Data.Seeding;

/// <summary>
/// A small fictitious authority for demos and first runs: teams, one user per role, and families
/// recorded through the same services the pages use, so every seeded row has its events.
/// Names come from Bogus (en_GB); NHS numbers are in the NHS test range, UPNs valid by check letter.
/// </summary>
public static class DemoAuthority
{
    public const string DemoPassword = DemoStaff.Password;
    public static IReadOnlyList<DemoUser> DemoUsers => DemoStaff.Users;
    /// <summary>
    /// The LA number for the demo's synthetic UPNs. Hearthshire is fictitious, but census rule 1530
    /// accepts only real LA numbers, so the demo borrows one (919, Hertfordshire) to keep its return clean.
    /// </summary>
    public const int LaCode = 919;

    public static async Task<bool> SeedIfEmptyAsync(IServiceProvider services, int children, int seed = 2026, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<HearthDbContext>();
        if (await db.Users.AnyAsync(ct))
        {
            return false;
        }
        // All or nothing: a seed that fails half-way must not leave a database that looks seeded.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var accounts = services.GetRequiredService<UserAccounts>();
        var teams = new Dictionary<string, Team>();
        foreach (var name in DemoStaff.Users.Select(u => u.Team).Distinct())
        {
            teams[name] = new Team { Name = name };
            db.Teams.Add(teams[name]);
        }
        await db.SaveChangesAsync(ct);
        var users = new Dictionary<string, User>();
        foreach (var demo in DemoStaff.Users)
        {
            users[demo.UserName] = await accounts.CreateAsync(demo.UserName, demo.DisplayName, demo.Role, teams[demo.Team].Id, DemoStaff.Password, ct);
            users[demo.UserName].SocialWorkEnglandNumber = demo.SocialWorkEnglandNumber;
        }
        foreach (var team in teams.Values)
        {
            team.ManagerId = DemoStaff.Users.Where(u => u.Team == team.Name && u.Role is Role.TeamManager or Role.ServiceManager)
                .Select(u => (Guid?)users[u.UserName].Id).FirstOrDefault();
        }
        await db.SaveChangesAsync(ct);

        var families = new FamilyGenerator(seed, services.GetRequiredService<TimeProvider>().TodayInEngland());
        var people = services.GetRequiredService<PersonService>();
        var relationships = services.GetRequiredService<RelationshipService>();
        var allocations = services.GetRequiredService<AllocationService>();
        var notes = services.GetRequiredService<CaseNoteService>();
        var restrictions = services.GetRequiredService<RestrictionService>();
        var ctx = ProcessContext.System("Demo authority seed");
        var workers = new[] { users["social.worker"], users["social.worker2"], users["senior.practitioner"] };
        var made = 0;
        var familyNumber = 0;
        var unrestrictedChildren = new List<Guid>();
        while (made < children)
        {
            var family = families.Next();
            var parent = await people.RecordPersonAsync(family.Parent, family.Address, ctx, ct);
            var siblings = new List<Person>();
            foreach (var child in family.Children)
            {
                var person = await people.RecordPersonAsync(child, family.Address, ctx, ct);
                await relationships.RecordAsync(person.Id, parent.Id, RelationshipType.ParentOf, true, null, ctx, ct);
                foreach (var sibling in siblings)
                {
                    await relationships.RecordAsync(person.Id, sibling.Id, RelationshipType.SiblingOf, true, null, ctx, ct);
                }
                siblings.Add(person);
                var worker = workers[made % workers.Length];
                await allocations.AllocateAsync(person.Id, worker.Id, null, ctx, ct: ct);
                if (made % 5 == 0)
                {
                    var author = new ProcessContext(worker.Id, worker.DisplayName);
                    var note = await notes.DraftAsync(person.Id, null, "Home visit",
                        $"Visited {child.GivenNames} at home with their parent. Seen alone in their bedroom; spoke about school and friends.", author, ct);
                    await notes.FinaliseAsync(note.Id, author, ct);
                }
                made++;
            }
            // Every twentieth family is restricted to its workers and the team manager, as for a staff member's relative.
            if (familyNumber++ % 20 != 7)
            {
                unrestrictedChildren.AddRange(siblings.Select(s => s.Id));
            }
            else
            {
                var named = new[] { users["team.manager"].Id, workers[0].Id };
                var manager = new ProcessContext(users["team.manager"].Id, users["team.manager"].DisplayName, "Relative of a member of staff");
                foreach (var person in siblings.Append(parent))
                {
                    await restrictions.SetAsync(person.Id, true, named, manager, ct);
                }
            }
        }
        await DemoFrontDoor.SeedAsync(services, users, unrestrictedChildren, ct);
        // The front door uses the first eight children; this year's casework takes the next five.
        await DemoCasework.SeedAsync(services, users, [.. unrestrictedChildren.Skip(8)], ct);
        // Children in care and care leavers (issue 6), with their own families.
        await DemoLookedAfter.SeedAsync(services, users, ct);
        await DemoCareLeavers.SeedAsync(services, users, ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
