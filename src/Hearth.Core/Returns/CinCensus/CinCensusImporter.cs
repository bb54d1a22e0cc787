using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.People.Search;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// Brings a census file's children into the record as imported history (issue 5): each child is
/// matched to a person already held (by LAchildID, then UPN) or created, and each episode not already
/// held (same child, same referral date) is added with everything in it, flagged Imported.
/// </summary>
/// <remarks>
/// History is kept as the file says, even where it breaks a DfE rule: those become data-quality
/// findings, never corrections. Only what the record cannot hold at all refuses the file, and then
/// nothing is written: one transaction per file. Names are not in the census, so a created person is
/// named "Name not known" with their LAchildID until someone adds it from the previous system.
/// </remarks>
public sealed class CinCensusImporter(HearthDbContext db, EventRecorder events)
{
    public const string Process = "Returns.CinCensusImport";

    public async Task<CensusImportResult> ImportAsync(CensusMessage message, string fileName, string fileSha256, bool dryRun,
        ProcessContext ctx, CancellationToken ct = default)
    {
        var problems = CensusImportChecks.Problems(message);
        var notes = new List<CensusImportProblem>();
        var children = new List<CensusImportChild>();
        if (problems.Count > 0)
        {
            return new CensusImportResult(fileName, dryRun, children, problems, notes);
        }

        var now = events.Now;
        var people = await PeopleByIdentifierAsync(message, ct);
        var held = await HeldEpisodesAsync(people.Values.Select(p => p.Id).ToList(), ct);
        await using var transaction = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        foreach (var group in message.Children.GroupBy(c => c.LaChildId!, StringComparer.Ordinal))
        {
            var first = group.First();
            var (person, matchedBy) = Match(first, people);
            if (person is null)
            {
                person = NewPerson(first, now);
                people[first.LaChildId!] = person;
                if (!dryRun)
                {
                    db.People.Add(person);
                    db.PersonSearchKeys.AddRange(PersonSearchKeys.For(person));
                }
            }

            var history = new CensusHistory(person, now, notes);
            var alreadyHeld = 0;
            foreach (var details in group.SelectMany(c => c.CinDetails.Select(d => (Child: c, Details: d))))
            {
                if (!held.Add((person.Id, details.Details.ReferralDate!.Value)))
                {
                    alreadyHeld++;
                    continue;
                }
                history.Add(details.Child.Line, details.Details);
            }
            children.Add(history.Summary(first.Line, first.LaChildId!, matchedBy, alreadyHeld));
            if (!dryRun)
            {
                history.AddTo(db);
                events.Record(ctx, Process, new CensusHistoryImported(person.Id, first.LaChildId!, matchedBy is null, fileName, fileSha256,
                    history.Episodes.Count, history.Assessments.Count, history.Enquiries.Count, history.Plans.Count), [person.Id]);
            }
        }

        if (transaction is not null)
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return new CensusImportResult(fileName, dryRun, children, problems, notes);
    }

    private static (Person? Person, string? MatchedBy) Match(CensusChild child, Dictionary<string, Person> people)
    {
        if (people.TryGetValue(child.LaChildId!, out var byReference))
        {
            return (byReference, CensusField.LaChildId);
        }
        return child.Upn is { Length: > 0 } upn && people.TryGetValue("UPN:" + upn, out var byUpn)
            ? (byUpn, CensusField.Upn)
            : (null, null);
    }

    /// <summary>The people the file's children may be, keyed by LAchildID and by "UPN:" + UPN.</summary>
    private async Task<Dictionary<string, Person>> PeopleByIdentifierAsync(CensusMessage message, CancellationToken ct)
    {
        var references = message.Children.Select(c => c.LaChildId!).Distinct().ToList();
        var upns = message.Children.Where(c => !string.IsNullOrEmpty(c.Upn)).Select(c => c.Upn!).Distinct().ToList();
        var found = await db.People.Where(p => p.MergedIntoId == null && (references.Contains(p.Reference) || (p.Upn != null && upns.Contains(p.Upn))))
            .ToListAsync(ct);
        var byKey = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in found)
        {
            byKey.TryAdd(person.Reference, person);
            if (person.Upn is { } upn)
            {
                byKey.TryAdd("UPN:" + upn, person);
            }
        }
        return byKey;
    }

    private async Task<HashSet<(Guid, DateOnly)>> HeldEpisodesAsync(List<Guid> personIds, CancellationToken ct) =>
        [.. (await db.CinEpisodes.Where(e => personIds.Contains(e.PersonId)).Select(e => new { e.PersonId, e.ReferralDate }).ToListAsync(ct))
            .Select(e => (e.PersonId, e.ReferralDate))];

    private static Person NewPerson(CensusChild child, DateTime now)
    {
        var person = new Person
        {
            Reference = child.LaChildId!,
            CreatedAt = now,
            DateOfBirth = child.PersonBirthDate,
            ExpectedDateOfBirth = child.ExpectedPersonBirthDate,
            DateOfDeath = child.PersonDeathDate,
            Sex = child.Sex ?? LegacyGender.ToSex(child.GenderCurrent),
            EthnicityCode = child.Ethnicity,
            Upn = child.Upn,
            FormerUpn = child.FormerUpn,
            UpnUnknownReason = child.UpnUnknown,
        };
        person.Names.Add(new PersonName { PersonId = person.Id, Kind = NameKind.Legal, GivenNames = "Name not known", FamilyName = $"({child.LaChildId})" });
        person.Disabilities.AddRange(child.Disabilities.Distinct().Select(code => new PersonDisability { PersonId = person.Id, Code = code }));
        return person;
    }
}

/// <summary>GenderCurrent (census up to 2023-24) to Sex: 1 male, 2 female, 0 and 9 not known (statutory-data.md A.2).</summary>
internal static class LegacyGender
{
    public static string ToSex(string? genderCurrent) => genderCurrent?.Trim() switch
    {
        "1" => "M",
        "2" => "F",
        _ => "U",
    };
}
