namespace Hearth.Core.LookedAfter;

/// <summary>
/// A period of care: from the day the child became looked after until they ceased to be (CA89 s22). The legal
/// statuses and placements that run through it are held beside it; the SSDA903 episodes are derived from them
/// (<see cref="Ssda903Episodes"/>), never typed. The independent reviewing officer (CA89 s25A), the care plan
/// (CPPCR 2010 reg 4) and the permanence plan (by the second review, CPPCR 2010 reg 4 and IRO Handbook) are the
/// period's own.
/// </summary>
public sealed class CarePeriod
{
    public const int MaxCode = 4;
    public const int MaxPostcode = 8;
    public const int MaxName = 200;
    public const int MaxText = 8000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }

    /// <summary>DECOM of the first episode: the day the child started to be looked after.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>CIN: the category of need N1 to N8 (statutory-data.md B.2).</summary>
    public string CategoryOfNeed { get; set; } = "";

    /// <summary>HOME_POST: the postcode of the home the child was living at when they became looked after.</summary>
    public string? HomePostcode { get; set; }

    /// <summary>DEC of the last episode.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>REC of the last episode (E11 to E17, E2 to E9; statutory-data.md B.2).</summary>
    public string? ReasonCeased { get; set; }

    /// <summary>
    /// The RNE of the period's first episode when it was imported from a return whose first row for the period is not
    /// S: the period began before the file's year, so its true start is not known. Derived episodes use it; a period
    /// recorded in Hearth has none and starts with S.
    /// </summary>
    public string? ImportedFirstEpisodeReason { get; set; }

    public DateOnly? CarePlanAgreedOn { get; set; }

    public Guid? IndependentReviewingOfficerId { get; set; }
    public string? IndependentReviewingOfficerName { get; set; }
    public DateOnly? IndependentReviewingOfficerAppointedOn { get; set; }

    public PermanenceGoal? PermanenceGoal { get; set; }
    public DateOnly? PermanenceDecidedOn { get; set; }

    public bool Imported { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";

    public List<LegalStatusRecord> LegalStatuses { get; init; } = [];
    public List<Placement> Placements { get; init; } = [];

    public bool IsOpen => EndDate is null;
}

/// <summary>The permanence plan the second review should have agreed (Care Planning Regs guidance vol 2, ch 2).</summary>
public enum PermanenceGoal
{
    ReturnHome,
    Kinship,
    SpecialGuardianship,
    Adoption,
    LongTermFosterCare,
    Other,
}

/// <summary>A legal status (LS, statutory-data.md B.2) held from a date until the next one.</summary>
public sealed class LegalStatusRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CarePeriodId { get; init; }
    public Guid PersonId { get; set; }
    public DateOnly From { get; set; }
    public string Code { get; set; } = "";
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

/// <summary>
/// A placement from a date until the next one: its type (PLACE), provider (PLACE_PROVIDER), the carer or provider
/// with their Ofsted URN, the placement's postcode, and why the child moved here. The placement plan is due before
/// or within 5 working days of the placement (CPPCR 2010 reg 9), as are the notifications (reg 13).
/// </summary>
public sealed class Placement
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CarePeriodId { get; init; }
    public Guid PersonId { get; set; }
    public DateOnly From { get; set; }

    /// <summary>PLACE for the collection year (statutory-data.md B.2).</summary>
    public string PlacementType { get; set; } = "";

    /// <summary>PLACE_PROVIDER: PR0 to PR5, blank for T0 to T3 and Z11 to Z14.</summary>
    public string? Provider { get; set; }

    public string CarerName { get; set; } = "";

    /// <summary>URN: the Ofsted unique reference of the carer or home, or XXXXXXX where none applies.</summary>
    public string? Urn { get; set; }

    public string? Postcode { get; set; }

    /// <summary>REASON_PLACE_CHANGE for the move into this placement; none for the period's first.</summary>
    public string? ReasonForMove { get; set; }

    /// <summary>True when the placement is outside the authority's area (CA89 s22C(9)).</summary>
    public bool? OutOfArea { get; set; }

    /// <summary>Straight-line miles from the home postcode, from the postcode table the authority loads.</summary>
    public decimal? DistanceMiles { get; set; }

    /// <summary>Agreed as the child's long-term placement: visits then at least 3-monthly after the first year (reg 28(3)).</summary>
    public bool LongTerm { get; set; }

    public SiblingArrangement? Siblings { get; set; }
    public DateOnly? PlacementPlanAgreedOn { get; set; }
    public DateOnly? NotificationsSentOn { get; set; }
    public string? DelegatedAuthority { get; set; }
    public string? ContactArrangements { get; set; }

    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

/// <summary>Whether brothers and sisters also looked after live together (CA89 s22C(8)(c)).</summary>
public enum SiblingArrangement
{
    NoSiblingsLookedAfter,
    PlacedTogether,
    PlacedApart,
    SomeTogether,
}
