namespace Hearth.Core.People;

/// <summary>What a journey or the API gives to record or change a person: raw identifiers, checked by the service.</summary>
public sealed record PersonDetails
{
    public string? GivenNames { get; init; }
    public string? FamilyName { get; init; }
    public string? PreferredGivenName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public DateOnly? ExpectedDateOfBirth { get; init; }
    public DateOnly? DateOfDeath { get; init; }
    public string? Sex { get; init; }
    public string? GenderIdentity { get; init; }
    public string? EthnicityCode { get; init; }
    public string? Religion { get; init; }
    public string? FirstLanguage { get; init; }
    public bool InterpreterNeeded { get; init; }
    public string? CommunicationNeeds { get; init; }
    public string? NhsNumber { get; init; }
    public string? Upn { get; init; }
    public string? FormerUpn { get; init; }
    public string? UpnUnknownReason { get; init; }
    public IReadOnlyList<string> Disabilities { get; init; } = [];
}

public sealed record AddressDetails(string? Line1, string? Line2, string? Town, string? Postcode, DateOnly? StartDate);
