using Hearth.Core.Audit;

namespace Hearth.Core.People;

/// <summary>What a person's record held at a moment, for the Old/New of people events.</summary>
public sealed record PersonSnapshot(
    string LegalName,
    string? PreferredName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    DateOnly? DateOfDeath,
    string Sex,
    string? GenderIdentity,
    string? EthnicityCode,
    string? Religion,
    string? FirstLanguage,
    bool InterpreterNeeded,
    string? CommunicationNeeds,
    string? NhsNumber,
    string? Upn,
    string? FormerUpn,
    IReadOnlyList<string> Disabilities,
    string? UpnUnknownReason = null)
{
    public static PersonSnapshot Of(Person p) => new(
        p.LegalName.FullName, p.PreferredName?.GivenNames, p.DateOfBirth, p.ExpectedDateOfBirth, p.DateOfDeath,
        p.Sex, p.GenderIdentity, p.EthnicityCode, p.Religion, p.FirstLanguage, p.InterpreterNeeded,
        p.CommunicationNeeds, p.NhsNumber, p.Upn, p.FormerUpn, p.Disabilities.Select(d => d.Code).Order().ToList(), p.UpnUnknownReason);
}

public sealed record PersonRecorded(Guid PersonId, string Reference, PersonSnapshot New, string? Address) : IProcessEvent
{
    public string Summary => "Person recorded";
}

public sealed record PersonDetailsChanged(Guid PersonId, PersonSnapshot Old, PersonSnapshot New, IReadOnlyList<FieldChange> Changes) : IProcessEvent
{
    public string Summary => $"Details changed: {string.Join(", ", Changes.Select(c => c.Field))}";
}

public sealed record PersonNameRecorded(Guid PersonId, NameKind Kind, string? Old, string New) : IProcessEvent
{
    public string Summary => $"{Kind} name recorded";
}

public sealed record AddressRecorded(Guid PersonId, string? Old, string New, DateOnly StartDate) : IProcessEvent
{
    public string Summary => "Address recorded";
}

public sealed record RelationshipRecorded(Guid RelationshipId, Guid PersonId, Guid RelatedPersonId, RelationshipType Type, bool SameHousehold) : IProcessEvent
{
    public string Summary => $"Relationship recorded: {Type}";
}

public sealed record RelationshipEnded(Guid RelationshipId, Guid PersonId, Guid RelatedPersonId, RelationshipType Type, DateOnly EndDate) : IProcessEvent
{
    public string Summary => $"Relationship ended: {Type}";
}

public sealed record InvolvementRecorded(Guid InvolvementId, Guid PersonId, InvolvementRole Role, string Organisation, string? ProfessionalName) : IProcessEvent
{
    public string Summary => $"Professional involvement recorded: {Role}";
}

public sealed record RecordRestrictionChanged(Guid PersonId, bool OldRestricted, bool NewRestricted,
    IReadOnlyList<Guid> OldAccessList, IReadOnlyList<Guid> NewAccessList) : IProcessEvent
{
    public string Summary => NewRestricted ? "Record restricted to a named list" : "Record restriction removed";
}

public sealed record PeopleMerged(Guid SurvivorId, Guid MergedId, string MergedReference, PersonSnapshot Survivor, PersonSnapshot Merged) : IProcessEvent
{
    public string Summary => $"Duplicate record {MergedReference} merged into this record";
}
