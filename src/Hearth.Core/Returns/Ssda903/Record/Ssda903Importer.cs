using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.People.Search;
using Hearth.Core.Returns.CinCensus;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>A problem that refuses the import (with its table and row), or a note on what was kept as given.</summary>
public sealed record Ssda903ImportProblem(string Table, int Row, string Child, string Message);

/// <summary>What the import did or, on a dry run, would do for one child.</summary>
public sealed record Ssda903ImportChild(string ChildId, Guid? PersonId, bool Created, IReadOnlyList<string> Changes);

public sealed record Ssda903ImportResult(
    string SourceName,
    bool DryRun,
    IReadOnlyList<Ssda903ImportChild> Children,
    IReadOnlyList<Ssda903ImportProblem> Problems,
    IReadOnlyList<Ssda903ImportProblem> Notes)
{
    public bool Imported => !DryRun && Problems.Count == 0;
}

/// <summary>
/// Brings an earlier year's SSDA903 return into the record as history (issue 6): kept as the files say even where
/// rules are broken (those become findings), all-or-nothing, refusing only what the record cannot hold.
/// </summary>
/// <remarks>
/// Each child is matched to a person already held by CHILD (the person's reference), then by UPN, or created as "Name
/// not known (CHILD)" with the Header's sex, date of birth, ethnicity and UPN (a matched person's details are left as
/// they are, and a difference is noted). Their episodes become periods of care (<see cref="Ssda903ImportPeriods"/>) and
/// their other rows the record's own items (<see cref="Ssda903ChildHistory"/>), each flagged Imported where the item
/// has the flag, with an event on the child's history naming the file and its SHA-256. What the record already holds
/// is not added again, so a second import of the same file adds nothing. One transaction: any problem and nothing is
/// written. Progress is the number of children done.
/// </remarks>
public sealed class Ssda903Importer(HearthDbContext db, EventRecorder events)
{
    public const string Process = "Returns.Ssda903Import";

    public async Task<Ssda903ImportResult> ImportAsync(Ssda903Return file, CensusYear year, string sourceName, string sourceSha256,
        bool dryRun, ProcessContext ctx, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = Ssda903ImportChecks.Problems(file);
        var notes = new List<Ssda903ImportProblem>();
        var results = new List<Ssda903ImportChild>();
        if (problems.Count > 0)
        {
            return new Ssda903ImportResult(sourceName, dryRun, results, problems, notes);
        }

        var now = events.Now;
        var children = Ssda903ChildRows.Of(file);
        var people = await PeopleByIdentifierAsync(children, ct);
        var held = await Ssda903HeldHistory.LoadAsync(db, [.. people.Values.Select(p => p.Id).Distinct()], ct);
        var histories = new List<(Person Person, bool Created, Ssda903ChildRows Rows, Ssda903ChildHistory History)>();
        var done = 0;
        foreach (var child in children)
        {
            ct.ThrowIfCancellationRequested();
            var (person, created) = Match(child, people, now);
            if (created)
            {
                people[child.Child] = person;
            }
            else
            {
                NoteDifferences(child, person, notes);
            }
            var history = new Ssda903ChildHistory(person.Id, year, person.DateOfBirth, now, held, problems, notes);
            history.Add(child, dryRun);
            histories.Add((person, created, child, history));
            results.Add(new Ssda903ImportChild(child.Child, created && dryRun ? null : person.Id, created, history.Changes()));
            progress?.Report(++done);
        }

        if (problems.Count > 0 || dryRun)
        {
            return new Ssda903ImportResult(sourceName, dryRun, problems.Count > 0 ? [] : results, problems, notes);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (person, created, child, history) in histories)
        {
            if (created)
            {
                db.People.Add(person);
                db.PersonSearchKeys.AddRange(PersonSearchKeys.For(person));
            }
            if (!created && !history.AddsAnything)
            {
                // Already held, every item: a second import of the same file adds nothing, not even an event.
                continue;
            }
            await history.AddToAsync(db, ct);
            events.Record(ctx, Process, new Ssda903HistoryImported(person.Id, child.Child, created, year.ToString(), sourceName, sourceSha256,
                history.Periods.Count, history.Reviews.Count, history.Missing.Count, history.Changes().Count), [person.Id]);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Ssda903ImportResult(sourceName, dryRun, results, problems, notes);
    }

    private static (Person Person, bool Created) Match(Ssda903ChildRows child, Dictionary<string, Person> people, DateTime now)
    {
        if (people.TryGetValue(child.Child, out var byReference))
        {
            return (byReference, false);
        }
        var upn = RealUpn(child.Header.UPN);
        if (upn is not null && people.TryGetValue("UPN:" + upn, out var byUpn))
        {
            return (byUpn, false);
        }
        var h = child.Header;
        var person = new Person
        {
            Reference = child.Child,
            CreatedAt = now,
            DateOfBirth = Ssda903Date.Parse(h.DOB),
            Sex = h.SEX ?? "",
            EthnicityCode = h.ETHNIC,
            Upn = upn,
            UpnUnknownReason = upn is null ? h.UPN : null,
        };
        person.Names.Add(new PersonName { PersonId = person.Id, Kind = NameKind.Legal, GivenNames = "Name not known", FamilyName = $"({child.Child})" });
        return (person, true);
    }

    /// <summary>A UPN, not one of the UN codes that say why it is not known.</summary>
    private static string? RealUpn(string? upn) =>
        upn is null || (upn.Length == 3 && upn.StartsWith("UN", StringComparison.Ordinal)) ? null : upn;

    private static void NoteDifferences(Ssda903ChildRows child, Person person, List<Ssda903ImportProblem> notes)
    {
        var h = child.Header;
        var record = new Dictionary<string, (string? Held, string? File)>
        {
            ["SEX"] = (person.Sex is { Length: > 0 } sex ? sex : null, h.SEX),
            ["DOB"] = (Ssda903Date.Write(person.DateOfBirth), h.DOB),
            ["ETHNIC"] = (person.EthnicityCode, h.ETHNIC),
            ["UPN"] = (person.Upn ?? person.UpnUnknownReason, h.UPN),
        };
        foreach (var (column, (was, given)) in record.Where(r => r.Value.Held != r.Value.File))
        {
            notes.Add(new Ssda903ImportProblem(Ssda903Table.Header, h.Row, child.Child,
                $"Header row {h.Row}: child {child.Child} is already on the record with {column} {Ssda903ImportPeriods.Shown(was)}; the file has {Ssda903ImportPeriods.Shown(given)}, and the record was not changed."));
        }
    }

    /// <summary>The people the file's children may be, keyed by reference and by "UPN:" + UPN.</summary>
    private async Task<Dictionary<string, Person>> PeopleByIdentifierAsync(List<Ssda903ChildRows> children, CancellationToken ct)
    {
        var references = children.Select(c => c.Child).Distinct().ToList();
        var upns = children.Select(c => RealUpn(c.Header.UPN)).OfType<string>().Distinct().ToList();
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
}

/// <summary>A child's looked-after history brought in from an SSDA903 return: on their History, naming the file it came from.</summary>
public sealed record Ssda903HistoryImported(
    Guid PersonId,
    string ChildId,
    bool NewPerson,
    string Year,
    string FileName,
    string FileSha256,
    int PeriodsOfCare,
    int Reviews,
    int MissingEpisodes,
    int KindsOfItem) : IProcessEvent
{
    public string Summary =>
        $"History imported from the SSDA903 return for {Year}, {FileName} (SHA-256 {FileSha256}): {PeriodsOfCare} period(s) of care, {Reviews} review(s), {MissingEpisodes} missing episode(s)";
}
