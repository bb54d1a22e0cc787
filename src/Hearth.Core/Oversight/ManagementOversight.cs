namespace Hearth.Core.Oversight;

public enum OversightKind
{
    /// <summary>A manager's direction recorded directly on the child's record.</summary>
    Direction = 1,

    /// <summary>A decision made in a worker's supervision, recorded onto the child's record.</summary>
    Supervision = 2,
}

/// <summary>
/// A manager's direction on a child's record: the decision, why, and the actions with who does them by
/// when. Inspectors look for this on the child's record, not in a separate supervision file; it is
/// never edited (a later direction supersedes it).
/// </summary>
public sealed class ManagementOversight
{
    public const int MaxText = 4000;
    public const int MaxShortText = 200;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }

    /// <summary>The child in need episode the direction is about (the open case); null when there is none.</summary>
    public Guid? EpisodeId { get; init; }

    public OversightKind Kind { get; init; }
    public Guid? SupervisionSessionId { get; init; }
    public DateOnly Date { get; init; }
    public Guid ManagerId { get; init; }
    public string ManagerName { get; init; } = "";
    public string Decision { get; init; } = "";
    public string Rationale { get; init; } = "";
    public List<OversightAction> Actions { get; init; } = [];
    public DateTime RecordedAt { get; init; }
}

/// <summary>One action a direction sets: what, who owns it, by when.</summary>
public sealed class OversightAction
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid OversightId { get; init; }
    public string Action { get; init; } = "";
    public string Owner { get; init; } = "";
    public DateOnly DueDate { get; init; }
}

/// <summary>One supervision: a supervisor, the worker supervised and the date; its decisions are oversight entries on each child's record.</summary>
public sealed class SupervisionSession
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid SupervisorId { get; init; }
    public Guid SuperviseeId { get; init; }
    public DateOnly Date { get; init; }
    public DateTime RecordedAt { get; init; }
}
