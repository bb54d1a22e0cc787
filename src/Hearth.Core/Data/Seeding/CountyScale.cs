using System.Diagnostics;
using Hearth.Core.Audit;
using Hearth.Core.People;
using Hearth.Core.People.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Core.Data.Seeding;

public sealed record CountyProgress(int Written, int Total, double PerSecond);

/// <summary>
/// The documented bulk path for authority-scale data (benchmarks, load runs): the same rows and events
/// that <see cref="PersonService.RecordPersonAsync"/> and <see cref="RelationshipService.RecordAsync"/>
/// write — person, legal name, address, search keys, a PersonRecorded event with its subjects, and
/// parent/sibling relationships with their events — but in batches of a few thousand per transaction
/// instead of one transaction per person. Reproducible for a given seed.
/// </summary>
public static class CountyScale
{
    /// <summary>
    /// Hertfordshire 2015 (the inspection report beside the reference files): 261,746 children in the
    /// area; the people a children's services record holds are those known to it and their families.
    /// </summary>
    public const int DefaultPeople = 120_000;
    private const int BatchSize = 5_000;

    public static async Task SeedAsync(IServiceProvider services, int people, int seed, IProgress<CountyProgress>? progress = null,
        CancellationToken ct = default)
    {
        await DemoAuthority.SeedIfEmptyAsync(services, 0, seed, ct);
        var db = services.GetRequiredService<HearthDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var families = new FamilyGenerator(seed, clock.TodayInEngland());
        var ctx = ProcessContext.System($"County-scale seed {seed}");
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var stopwatch = Stopwatch.StartNew();
        var written = 0;
        var referenceNumber = 10_000_000 + seed % 1000 * 100_000;
        while (written < people)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var inBatch = 0;
            while (inBatch < BatchSize && written < people)
            {
                var family = families.Next();
                var members = new List<(Person Person, bool IsParent)>();
                foreach (var (details, isParent) in family.Children.Select(c => (c, false)).Prepend((family.Parent, true)))
                {
                    var person = Build(details, family.Address, $"S{referenceNumber++}", clock.GetUtcNow().UtcDateTime);
                    members.Add((person, isParent));
                    db.People.Add(person);
                    db.PersonSearchKeys.AddRange(PersonSearchKeys.For(person));
                    db.ProcessEvents.Add(EventRecorder.Build(ctx, "People.RecordPerson", new PersonRecorded(person.Id, person.Reference, PersonSnapshot.Of(person), person.CurrentAddress?.OneLine), [person.Id], null, clock.GetUtcNow().UtcDateTime));
                }
                var parent = members[0].Person;
                var children = members.Skip(1).Select(m => m.Person).ToList();
                for (var i = 0; i < children.Count; i++)
                {
                    AddRelationship(db, ctx, clock, parent.Id, children[i].Id, RelationshipType.ParentOf);
                    for (var j = 0; j < i; j++)
                    {
                        AddRelationship(db, ctx, clock, children[j].Id, children[i].Id, RelationshipType.SiblingOf);
                    }
                }
                written += members.Count;
                inBatch += members.Count;
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            progress?.Report(new CountyProgress(Math.Min(written, people), people, written / Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001)));
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private static Person Build(PersonDetails d, AddressDetails address, string reference, DateTime now)
    {
        var person = new Person
        {
            Reference = reference,
            CreatedAt = now,
            DateOfBirth = d.DateOfBirth,
            Sex = d.Sex ?? "U",
            EthnicityCode = d.EthnicityCode,
            FirstLanguage = d.FirstLanguage,
            NhsNumber = d.NhsNumber,
            Upn = d.Upn,
        };
        person.Names.Add(new PersonName { PersonId = person.Id, Kind = NameKind.Legal, GivenNames = d.GivenNames!, FamilyName = d.FamilyName! });
        person.Addresses.Add(new PersonAddress
        {
            PersonId = person.Id,
            Line1 = address.Line1!,
            Town = address.Town!,
            Postcode = address.Postcode!,
            StartDate = address.StartDate!.Value,
        });
        person.Disabilities.AddRange(d.Disabilities.Select(code => new PersonDisability { PersonId = person.Id, Code = code }));
        return person;
    }

    private static void AddRelationship(HearthDbContext db, ProcessContext ctx, TimeProvider clock, Guid subject, Guid related, RelationshipType type)
    {
        var relationship = new Relationship { PersonId = subject, RelatedPersonId = related, Type = type, SameHousehold = true };
        db.Relationships.Add(relationship);
        db.ProcessEvents.Add(EventRecorder.Build(ctx, "People.RecordRelationship",
            new RelationshipRecorded(relationship.Id, subject, related, type, true), [subject, related], null, clock.GetUtcNow().UtcDateTime));
    }
}
