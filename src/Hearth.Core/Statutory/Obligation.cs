namespace Hearth.Core.Statutory;

/// <summary>
/// One thing that must happen by a date, derived from the rule table and the record.
/// <see cref="DaysOverdue"/> is how late it is (Overdue: as at today; MetLate: when met; Missed: when
/// the duty ended), in working days for a working-day timescale and calendar days otherwise; 0 when
/// on time or still open.
/// </summary>
public sealed record Obligation(
    string RuleId,
    Guid PersonId,
    Guid? CaseId,
    DateOnly StartDate,
    DateOnly DueDate,
    DateOnly? MetOn,
    ObligationStatus Status,
    int DaysOverdue)
{
    /// <summary>For a Missed obligation, the day the duty ended.</summary>
    public DateOnly? EndedOn { get; init; }
}
