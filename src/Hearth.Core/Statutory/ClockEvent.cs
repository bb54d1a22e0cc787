namespace Hearth.Core.Statutory;

/// <summary>
/// A dated fact that starts, meets or stops a clock, projected from the process events. A clock
/// matches events for the same person and the same case (a null case matches only a null case).
/// </summary>
public sealed record ClockEvent(Guid PersonId, Guid? CaseId, string EventType, DateOnly Date);
