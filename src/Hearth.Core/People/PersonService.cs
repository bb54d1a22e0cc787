using System.Security.Cryptography;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People.Search;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.People;

/// <summary>All writes to a person's own details. Each validates first, then changes and records one event.</summary>
public sealed class PersonService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public async Task<Person> RecordPersonAsync(PersonDetails details, AddressDetails? address, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var d = PersonDetailsValidator.Validate(details, today);
        (AddressDetails Address, string Postcode)? checkedAddress = address is null ? null : PersonDetailsValidator.ValidateAddress(address, today, "Address.");

        var person = new Person
        {
            Reference = await NewReferenceAsync(ct),
            CreatedAt = events.Now,
        };
        Apply(person, d);
        person.Names.Add(new PersonName { PersonId = person.Id, Kind = NameKind.Legal, GivenNames = d.GivenNames!, FamilyName = d.FamilyName! });
        if (d.PreferredGivenName is { } preferred && preferred != d.GivenNames)
        {
            person.Names.Add(new PersonName { PersonId = person.Id, Kind = NameKind.Preferred, GivenNames = preferred, FamilyName = d.FamilyName! });
        }
        if (checkedAddress is { } a)
        {
            person.Addresses.Add(NewAddress(person.Id, a.Address, a.Postcode, today));
        }
        db.People.Add(person);
        db.PersonSearchKeys.AddRange(PersonSearchKeys.For(person));
        events.Record(ctx, "People.RecordPerson",
            new PersonRecorded(person.Id, person.Reference, PersonSnapshot.Of(person), person.CurrentAddress?.OneLine), [person.Id]);
        await db.SaveChangesAsync(ct);
        return person;
    }

    public async Task<Person> ChangeDetailsAsync(Guid personId, PersonDetails details, ProcessContext ctx, CancellationToken ct = default)
    {
        var d = PersonDetailsValidator.Validate(details, clock.TodayInEngland());
        var person = await LoadAsync(personId, ct);
        var old = PersonSnapshot.Of(person);

        var legal = person.LegalName;
        if (legal.GivenNames != d.GivenNames || legal.FamilyName != d.FamilyName)
        {
            // A changed legal name is kept as a previous name so searches still find the old one.
            legal.Kind = NameKind.Previous;
            legal.EndDate = clock.TodayInEngland();
            person.Names.Add(new PersonName { PersonId = person.Id, Kind = NameKind.Legal, GivenNames = d.GivenNames!, FamilyName = d.FamilyName!, StartDate = clock.TodayInEngland() });
        }
        var preferred = person.PreferredName;
        if (preferred?.GivenNames != d.PreferredGivenName)
        {
            if (preferred is not null)
            {
                preferred.EndDate = clock.TodayInEngland();
            }
            if (d.PreferredGivenName is { } name && name != d.GivenNames)
            {
                person.Names.Add(new PersonName { PersonId = person.Id, Kind = NameKind.Preferred, GivenNames = name, FamilyName = d.FamilyName! });
            }
        }
        Apply(person, d);
        var changes = Changes.Between(old, PersonSnapshot.Of(person));
        if (changes.Count == 0)
        {
            return person;
        }
        await ReplaceSearchKeysAsync(person, ct);
        events.Record(ctx, "People.ChangeDetails", new PersonDetailsChanged(person.Id, old, PersonSnapshot.Of(person), changes), [person.Id]);
        await db.SaveChangesAsync(ct);
        return person;
    }

    public async Task RecordAliasAsync(Guid personId, string? givenNames, string? familyName, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        errors.Required("AliasGivenNames", givenNames, "Enter the first name they are also known by");
        errors.Required("AliasFamilyName", familyName, "Enter the last name they are also known by");
        errors.ThrowIfAny();
        var person = await LoadAsync(personId, ct);
        var alias = new PersonName { PersonId = person.Id, Kind = NameKind.Alias, GivenNames = givenNames!.Trim(), FamilyName = familyName!.Trim() };
        person.Names.Add(alias);
        await ReplaceSearchKeysAsync(person, ct);
        events.Record(ctx, "People.RecordAlias", new PersonNameRecorded(person.Id, NameKind.Alias, null, alias.FullName), [person.Id]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A move: the current address ends the day before the new one starts, so the history has no gaps.</summary>
    public async Task RecordAddressAsync(Guid personId, AddressDetails address, ProcessContext ctx, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var (a, postcode) = PersonDetailsValidator.ValidateAddress(address, today);
        var person = await LoadAsync(personId, ct);
        var current = person.CurrentAddress;
        var added = NewAddress(person.Id, a, postcode, today);
        if (current is not null)
        {
            if (added.StartDate <= current.StartDate)
            {
                throw ValidationFailedException.For(nameof(AddressDetails.StartDate), "The date they moved in must be after they moved to their current address");
            }
            current.EndDate = added.StartDate.AddDays(-1);
        }
        person.Addresses.Add(added);
        db.PersonAddresses.Add(added);
        events.Record(ctx, "People.RecordAddress", new AddressRecorded(person.Id, current?.OneLine, added.OneLine, added.StartDate), [person.Id]);
        await db.SaveChangesAsync(ct);
    }

    internal async Task<Person> LoadAsync(Guid personId, CancellationToken ct) =>
        await db.People.Include(p => p.Names).Include(p => p.Addresses).Include(p => p.Disabilities).Include(p => p.AccessList)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == personId && p.MergedIntoId == null, ct)
        ?? throw new RecordNotFoundException();

    /// <summary>Brings the stored search keys in line with the person's names, inside the caller's unit of work.</summary>
    internal async Task ReplaceSearchKeysAsync(Person person, CancellationToken ct)
    {
        var wanted = PersonSearchKeys.For(person).Select(k => k.Key).ToHashSet();
        var existing = await db.PersonSearchKeys.Where(k => k.PersonId == person.Id).ToListAsync(ct);
        db.PersonSearchKeys.RemoveRange(existing.Where(k => !wanted.Contains(k.Key)));
        var have = existing.Select(k => k.Key).ToHashSet();
        db.PersonSearchKeys.AddRange(wanted.Where(k => !have.Contains(k)).Select(k => new PersonSearchKey { PersonId = person.Id, Key = k }));
    }

    private static PersonAddress NewAddress(Guid personId, AddressDetails a, string postcode, DateOnly today) => new()
    {
        PersonId = personId,
        Line1 = a.Line1!,
        Line2 = a.Line2,
        Town = a.Town!,
        Postcode = postcode,
        StartDate = a.StartDate ?? today,
    };

    private void Apply(Person person, PersonDetails d)
    {
        person.DateOfBirth = d.DateOfBirth;
        person.ExpectedDateOfBirth = d.DateOfBirth is null ? d.ExpectedDateOfBirth : null;
        person.DateOfDeath = d.DateOfDeath;
        person.Sex = d.Sex!;
        person.GenderIdentity = d.GenderIdentity;
        person.EthnicityCode = d.EthnicityCode;
        person.Religion = d.Religion;
        person.FirstLanguage = d.FirstLanguage;
        person.InterpreterNeeded = d.InterpreterNeeded;
        person.CommunicationNeeds = d.CommunicationNeeds;
        person.NhsNumber = d.NhsNumber;
        person.Upn = d.Upn;
        person.FormerUpn = d.FormerUpn;
        person.UpnUnknownReason = d.UpnUnknownReason;
        var wanted = d.Disabilities.ToHashSet();
        foreach (var gone in person.Disabilities.Where(x => !wanted.Contains(x.Code)).ToList())
        {
            person.Disabilities.Remove(gone);
            db.Remove(gone);
        }
        foreach (var code in wanted.Where(c => person.Disabilities.All(x => x.Code != c)))
        {
            person.Disabilities.Add(new PersonDisability { PersonId = person.Id, Code = code });
        }
    }

    /// <summary>
    /// A short reference staff can read out on the phone; also LAchildID in the returns (max 10 characters,
    /// CIN census). Random rather than sequential so that several app servers need no shared counter.
    /// </summary>
    private async Task<string> NewReferenceAsync(CancellationToken ct)
    {
        while (true)
        {
            var reference = "C" + RandomNumberGenerator.GetInt32(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.People.AnyAsync(p => p.Reference == reference, ct))
            {
                return reference;
            }
        }
    }
}
