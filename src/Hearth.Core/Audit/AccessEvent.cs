namespace Hearth.Core.Audit;

/// <summary>
/// One read of sensitive data (DESIGN.md idea 3): a record opened, a search list shown, a document
/// downloaded, an export taken, or a refused attempt at a restricted record.
/// </summary>
public sealed class AccessEvent
{
    public long Id { get; private set; }
    public DateTime OccurredAt { get; init; }
    public Guid UserId { get; init; }
    public string UserName { get; init; } = "";
    public AccessKind Kind { get; init; }
    /// <summary>The person whose data was read; null for a search list as a whole or an export.</summary>
    public Guid? PersonId { get; init; }
    /// <summary>What was read, e.g. the page or export name; never free text about the person.</summary>
    public string What { get; init; } = "";
    public string? Purpose { get; init; }
    public int? ResultCount { get; init; }
    /// <summary>"web" or "api": partner systems read through the API, and that must show.</summary>
    public string Channel { get; init; } = "web";
}

public enum AccessKind
{
    ViewedRecord = 1,
    SearchedPeople = 2,
    AppearedInSearchResults = 3,
    DownloadedDocument = 4,
    Exported = 5,
    RefusedRestrictedRecord = 6,
    ViewedContact = 7,
    ViewedFrontDoorQueue = 8,
}
