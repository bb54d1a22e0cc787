namespace Hearth.Core.LookedAfter;

/// <summary>MISSING: M missing, A away from placement without authorisation (statutory-data.md B.2).</summary>
public enum MissingKind
{
    Missing,
    Away,
}

/// <summary>
/// A time a child was missing or away from placement, with the return home interview that follows: offered within 72
/// hours of the return (Children who run away or go missing from home or care, DfE 2014, para 47), accepted or
/// declined, when it was held, and what the child said about where they had been and with whom.
/// </summary>
public sealed class MissingEpisode
{
    public const int MaxText = 8000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public Guid? CarePeriodId { get; set; }
    public MissingKind Kind { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? ReturnedAt { get; set; }
    public bool ReportedToPolice { get; set; }
    public string? WhereFound { get; set; }
    public DateTime? InterviewOfferedAt { get; set; }
    public bool? InterviewAccepted { get; set; }
    public DateTime? InterviewHeldAt { get; set; }
    public string? InterviewedBy { get; set; }
    public string? WhereAndWithWhom { get; set; }
    public bool Imported { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

/// <summary>A deprivation of liberty order (the DoLo table from 2026-27).</summary>
public sealed class DeprivationOfLibertyOrder
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public bool Imported { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}
