namespace Hearth.Core.CareLeavers;

/// <summary>
/// A contact with a care leaver: whether the authority is in touch (IN_TOUCH), what they are doing (ACTIV) and where they
/// live and whether it is suitable (ACCOM: a letter, then 1 suitable or 2 unsuitable). The OC3 table reports the contact
/// nearest each birthday from 17 to 21 (statutory-data.md B.1; timescales.md section 8).
/// </summary>
public sealed class CareLeaverContact
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public DateOnly ContactOn { get; set; }
    public string InTouch { get; set; } = "";
    public string? Activity { get; set; }
    public string? Accommodation { get; set; }
    public string? Notes { get; set; }
    public bool Imported { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

public enum PathwayPlanStage
{
    /// <summary>Care Leavers (England) Regs 2010 reg 42 / CPPCR 2010 reg 42: assessment of needs by 16 years 3 months.</summary>
    NeedsAssessment,
    PlanAgreed,

    /// <summary>Reviewed at least every 6 months (CPPCR 2010 reg 43; Care Leavers Regs reg 7).</summary>
    PlanReviewed,
}

/// <summary>A needs assessment, pathway plan or pathway plan review.</summary>
public sealed class PathwayPlanEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public PathwayPlanStage Stage { get; set; }
    public DateOnly On { get; set; }
    public string? Notes { get; set; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

/// <summary>A personal adviser for a care leaver (CA89 s23D), from a date until the next.</summary>
public sealed class PersonalAdviserAllocation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string AdviserName { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

/// <summary>Staying put with former foster carers after 18 (CA89 s23CZA).</summary>
public sealed class StayingPutArrangement
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string CarerName { get; set; } = "";
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}
