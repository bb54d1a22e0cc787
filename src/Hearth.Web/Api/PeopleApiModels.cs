using Hearth.Core.CaseNotes;
using Hearth.Core.People;

namespace Hearth.Web.Api;

public sealed record PersonName(string Kind, string GivenNames, string FamilyName, DateOnly? StartDate, DateOnly? EndDate);

public sealed record PersonAddressResponse(string Line1, string? Line2, string Town, string Postcode, DateOnly StartDate, DateOnly? EndDate);

public sealed record PersonResponse(
    Guid Id, string Reference, IReadOnlyList<PersonName> Names, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfBirth,
    DateOnly? DateOfDeath, string Sex, string? GenderIdentity, string? EthnicityCode, string? Religion, string? FirstLanguage,
    bool InterpreterNeeded, string? CommunicationNeeds, string? NhsNumber, string? Upn, string? FormerUpn,
    IReadOnlyList<string> Disabilities, IReadOnlyList<PersonAddressResponse> Addresses)
{
    public static PersonResponse From(Person p) => new(
        p.Id, p.Reference,
        p.Names.Select(n => new PersonName(n.Kind.ToString(), n.GivenNames, n.FamilyName, n.StartDate, n.EndDate)).ToList(),
        p.DateOfBirth, p.ExpectedDateOfBirth, p.DateOfDeath, p.Sex, p.GenderIdentity, p.EthnicityCode, p.Religion, p.FirstLanguage,
        p.InterpreterNeeded, p.CommunicationNeeds, p.NhsNumber, p.Upn, p.FormerUpn,
        p.Disabilities.Select(d => d.Code).Order().ToList(),
        p.Addresses.OrderByDescending(a => a.StartDate).Select(a => new PersonAddressResponse(a.Line1, a.Line2, a.Town, a.Postcode, a.StartDate, a.EndDate)).ToList());
}

/// <summary>
/// A new person. Hearth searches before it creates, through the API too: when likely or possible
/// duplicates exist the answer is 409 with them, and the caller re-sends with NoneOfTheseIsThePerson.
/// </summary>
public sealed record RecordPersonRequest(PersonDetails Person, AddressDetails? Address, bool NoneOfTheseIsThePerson = false);

public sealed record PossibleDuplicateResponse(Guid Id, string Reference, string Name, DateOnly? DateOfBirth, string Strength, string Why);

public sealed record RelationshipRequest(Guid RelatedPersonId, RelationshipType? Type, bool SameHousehold, DateOnly? StartDate);

public sealed record RelationshipResponse(Guid Id, Guid PersonId, Guid RelatedPersonId, string RelatedPersonName, string Relationship,
    bool SameHousehold, DateOnly? StartDate, DateOnly? EndDate);

public sealed record CaseNoteRequest(DateOnly? NoteDate, string? Subject, string? Body);

public sealed record AmendmentRequest(string? Reason, string? Text);

public sealed record CaseNoteResponse(Guid Id, Guid PersonId, DateOnly NoteDate, string Subject, string Body, string Status,
    string Author, DateTime? FinalisedAt, IReadOnlyList<AmendmentResponse> Amendments)
{
    public static CaseNoteResponse From(CaseNote n) => new(n.Id, n.PersonId, n.NoteDate, n.Subject, n.Body, n.Status.ToString(),
        n.AuthorName, n.FinalisedAt, n.Amendments.OrderBy(a => a.AmendedAt).Select(a => new AmendmentResponse(a.Id, a.Reason, a.Text, a.AuthorName, a.AmendedAt)).ToList());
}

public sealed record AmendmentResponse(Guid Id, string Reason, string Text, string Author, DateTime AmendedAt);
