namespace Hearth.Core.Audit;

/// <summary>
/// Marker for event records. Each is an immutable <c>record</c> named for what happened in the
/// language of the work (<c>CaseNoteFinalised</c>), carrying Old/New snapshots where it changes
/// something. <c>docs/process-events.md</c> lists which process writes which.
/// </summary>
public interface IProcessEvent
{
    /// <summary>A short sentence for history pages, free of anything the reader may not see.</summary>
    string Summary { get; }
}

/// <summary>A field that a process changed, for history pages and the Changes list of an event.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
