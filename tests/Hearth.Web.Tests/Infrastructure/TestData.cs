using Hearth.Core.Audit;
using Hearth.Core.CaseNotes;
using Hearth.Core.People;
using Hearth.Core.People.Identity;
using Hearth.Core.Workforce;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>Builds records through the real services, with names unique to each test so tests never see each other's data.</summary>
public static class TestData
{
    private static readonly Random Random = new();

    /// <summary>
    /// A family name no other test uses, so searches and counts see only this test's people. Random from
    /// the first letter: a shared stem would make every test's names sound alike to the search.
    /// </summary>
    public static string UniqueFamilyName(string stem = "")
    {
        const string consonants = "bcdfghjklmnprstvwz";
        const string vowels = "aeiou";
        var letters = Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? consonants[Random.Next(consonants.Length)] : vowels[Random.Next(vowels.Length)]);
        var name = stem + new string(letters.ToArray());
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    public static Task<Person> CreatePersonAsync(this HearthWebApp app, string given, string family, DateOnly? dob = null,
        string sex = "F", ProcessContext? ctx = null, string? nhs = null, string? upn = null, string? postcode = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<PersonService>().RecordPersonAsync(new PersonDetails
        {
            GivenNames = given,
            FamilyName = family,
            DateOfBirth = dob ?? new DateOnly(2015, 3, 27),
            Sex = sex,
            NhsNumber = nhs,
            Upn = upn,
        }, postcode is null ? null : new AddressDetails("1 Test Street", null, "Hertford", postcode, new DateOnly(2020, 1, 1)), ctx ?? ProcessContext.System("test"), default));

    /// <summary>Records <paramref name="parent"/> as the parent of <paramref name="childId"/>, living with them.</summary>
    public static Task<Guid> RelateAsync(this HearthWebApp app, Guid childId, Person parent) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<RelationshipService>()
            .RecordAsync(childId, parent.Id, RelationshipType.ParentOf, true, null, ProcessContext.System("test"))).Id);

    /// <summary>The user as the acting person of a service call.</summary>
    public static ProcessContext Ctx(this User user) => new(user.Id, user.DisplayName);

    public static string NewNhsNumber() => NhsNumber.CreateSynthetic(Random).Digits;

    public static Task RestrictAsync(this HearthWebApp app, Guid personId, User manager, params User[] named) =>
        app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<RestrictionService>().SetAsync(personId, true, [manager.Id, .. named.Select(u => u.Id)],
                new ProcessContext(manager.Id, manager.DisplayName, "Relative of a member of staff"));
            return true;
        });

    public static Task<CaseNote> CreateFinalNoteAsync(this HearthWebApp app, Guid personId, User author, string body = "Saw the child at home.") =>
        app.InScopeAsync(async sp =>
        {
            var notes = sp.GetRequiredService<CaseNoteService>();
            var ctx = new ProcessContext(author.Id, author.DisplayName);
            var note = await notes.DraftAsync(personId, null, "Home visit", body, ctx);
            await notes.FinaliseAsync(note.Id, ctx);
            return note;
        });

    /// <summary>The fields of the create and change-details forms, as a browser posts them.</summary>
    public static Dictionary<string, string> PersonFormFields(string given, string family, string day, string month, string year,
        string? postcode = null) => new()
        {
            ["Input.GivenNames"] = given,
            ["Input.FamilyName"] = family,
            ["Input.Born"] = "yes",
            ["Input.DateOfBirth.Day"] = day,
            ["Input.DateOfBirth.Month"] = month,
            ["Input.DateOfBirth.Year"] = year,
            ["Input.Sex"] = "F",
            ["Input.Postcode"] = postcode ?? "",
            ["Input.Line1"] = postcode is null ? "" : "1 High St",
            ["Input.Town"] = postcode is null ? "" : "Ware",
        };
}
