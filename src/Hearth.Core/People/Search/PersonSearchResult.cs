namespace Hearth.Core.People.Search;

/// <summary>Enough to tell two children apart without opening either record: age, address, other names, worker.</summary>
public sealed record PersonSearchResult(
    Guid Id,
    string Reference,
    string Name,
    IReadOnlyList<string> OtherNames,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    string Sex,
    string? Address,
    string? NhsNumber,
    string? AllocatedWorker,
    string? Team,
    double Score);
