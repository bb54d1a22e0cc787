namespace Hearth.Core.LookedAfter;

/// <summary>What a health entry records: everything the OC2 table needs (statutory-data.md B.1).</summary>
public enum HealthEntryKind
{
    /// <summary>CPPCR 2010 reg 7: before the first review.</summary>
    InitialHealthAssessment,

    /// <summary>CPPCR 2010 reg 7: 6-monthly under 5, annually from 5.</summary>
    HealthReview,
    DentalCheck,
    ImmunisationsUpToDate,

    /// <summary>Strengths and difficulties questionnaire: a score 0-40, or the reason none was done (SDQ1 to SDQ5).</summary>
    StrengthsAndDifficulties,
    SubstanceMisuseIdentified,
    SubstanceMisuseInterventionOffered,
    SubstanceMisuseInterventionReceived,
    Conviction,

    /// <summary>Health surveillance (developmental) checks up to date, for a child under 5: OC2 HEALTH_CHECK.</summary>
    HealthSurveillanceCheck,
}

/// <summary>A dated health fact for a looked-after child.</summary>
public sealed class HealthEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public HealthEntryKind Kind { get; set; }
    public DateOnly On { get; set; }
    public int? SdqScore { get; set; }
    public string? SdqReason { get; set; }
    public string? Notes { get; set; }
    public bool Imported { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

/// <summary>
/// A personal education plan meeting (Promoting the education of looked-after children, DfE 2018): started within 10
/// working days of care, reviewed each term, with the school and the virtual school's part.
/// </summary>
public sealed class PersonalEducationPlan
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CarePeriodId { get; init; }
    public Guid PersonId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? School { get; set; }
    public bool VirtualSchoolInvolved { get; set; }
    public bool MissingEducation { get; set; }
    public string? Notes { get; set; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

public enum SupportKind
{
    /// <summary>CA89 s23ZB: an independent visitor where it is in the child's interests.</summary>
    IndependentVisitor,

    /// <summary>CA89 s26A: advocacy services for complaints and representations.</summary>
    Advocacy,
}

/// <summary>An independent visitor or advocate: asked for, then matched or started, then ended.</summary>
public sealed class SupportArrangement
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public SupportKind Kind { get; set; }
    public DateOnly RequestedOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? ProviderName { get; set; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}
