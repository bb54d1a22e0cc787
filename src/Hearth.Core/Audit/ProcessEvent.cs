namespace Hearth.Core.Audit;

/// <summary>
/// One immutable row in <c>process_events</c>: what a process changed, who did it, when and why,
/// and which people it touched. History pages, the chronology and the audit trail read from here.
/// Rows are never updated or deleted: <see cref="Data.HearthDbContext"/> refuses both.
/// </summary>
public sealed class ProcessEvent
{
    public long Id { get; private set; }
    public DateTime OccurredAt { get; init; }
    public Guid UserId { get; init; }
    public string UserName { get; init; } = "";
    /// <summary>The journey or service call, e.g. <c>People.RecordPerson</c>.</summary>
    public string Process { get; init; } = "";
    /// <summary>The event's record type name, e.g. <c>PersonRecorded</c>.</summary>
    public string EventType { get; init; } = "";
    public string? Reason { get; init; }
    public Guid? CaseId { get; init; }
    /// <summary>The event record as JSON, including its Old/New snapshots.</summary>
    public string Payload { get; init; } = "{}";
    public List<ProcessEventSubject> Subjects { get; init; } = [];
}

/// <summary>A person a process event touched; one event can touch a whole household.</summary>
public sealed class ProcessEventSubject
{
    public long ProcessEventId { get; init; }
    public Guid PersonId { get; init; }
}
