namespace Hearth.Core.ChildInNeed;

public enum VisitLocation
{
    Home,
    School,
    Other,
}

/// <summary>Whether a visit was made under a child in need plan or a child protection plan; each feeds its own clock.</summary>
public enum VisitPurpose
{
    ChildInNeed,
    ChildProtection,
}

/// <summary>
/// A statutory (home) visit to a child in need or on a child protection plan: who went, whether the
/// child was seen and seen alone, where, and what the worker observed. The date the child was last
/// seen is read from these.
/// </summary>
public sealed class Visit
{
    public const int MaxText = 8000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public Guid PersonId { get; init; }
    public VisitPurpose Purpose { get; init; }
    public DateOnly Date { get; init; }
    public string VisitedBy { get; init; } = "";
    public bool ChildSeen { get; init; }
    public bool SeenAlone { get; init; }
    public VisitLocation Location { get; init; }
    public string? LocationDetail { get; init; }
    public string Observations { get; init; } = "";
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";

    public static string LocationLabel(VisitLocation location) => location switch
    {
        VisitLocation.Home => "Home",
        VisitLocation.School => "School",
        _ => "Other",
    };
}

/// <summary>A move of the case between teams, with the manager's direction to the receiving team.</summary>
public sealed class CinTransfer
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public Guid? FromTeamId { get; init; }
    public Guid ToTeamId { get; init; }
    public DateOnly Date { get; init; }
    public string Direction { get; init; } = "";
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}
