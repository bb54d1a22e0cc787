namespace Hearth.Core.Chronology;

/// <summary>
/// Something significant a worker adds to the chronology that the record does not hold on its own,
/// typically another agency's event (a police call-out, a hospital admission). Its process event is
/// what the chronology shows, so manual and automatic entries are read, annotated and printed alike.
/// </summary>
public sealed class ChronologyEntry
{
    public const int MaxSource = 200;
    public const int MaxText = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public DateOnly Date { get; init; }
    public string Source { get; init; } = "";
    public string WhatHappened { get; init; } = "";
    public Guid RecordedById { get; init; }
    public DateTime RecordedAt { get; init; }
}

/// <summary>
/// The current significance and "impact on the child" of one chronology entry, keyed by the entry's
/// process event. Each change is also a <see cref="ChronologyEntryAnnotated"/> event, so the history
/// of what was thought significant, and why, is kept.
/// </summary>
public sealed class ChronologyAnnotation
{
    public long ProcessEventId { get; init; }
    public Guid PersonId { get; init; }
    public bool Significant { get; set; }
    public string? Impact { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
