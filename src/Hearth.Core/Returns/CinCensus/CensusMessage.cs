namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// One CIN census file (statutory-data.md A.1): the Header and the children. The same shape is
/// built from the record for export and in-year validation, and read from a file for import and for
/// validating another supplier's return, so that every rule runs on one model.
/// </summary>
/// <remarks>
/// Codes and flags are kept as the file (or the record) gives them, not as enums, because the DfE
/// rules exist to report invalid codes (4180, 8640, 8568...) and imported history is kept as it was
/// sent. Dates are parsed; a date that cannot be read is a read error, not a finding.
/// </remarks>
public sealed class CensusMessage
{
    public CensusHeader Header { get; set; } = new();

    /// <summary>
    /// For a census built from the record before its year has ended: the day the data was taken. The
    /// rules then judge lateness as at that day (see <see cref="CensusContext"/>). Not part of the file.
    /// </summary>
    public DateOnly? AsAt { get; set; }
    public List<CensusChild> Children { get; init; } = [];
}

public sealed class CensusHeader
{
    public string? Collection { get; set; } = "CIN";
    public string? Year { get; set; }
    public DateOnly? ReferenceDate { get; set; }
    public string? SourceLevel { get; set; } = "L";
    public string? Lea { get; set; }
    public string? SoftwareCode { get; set; }
    public string? Release { get; set; }
    public string? SerialNo { get; set; }
    public DateTime? DateTime { get; set; }
}

/// <summary>A Child: ChildIdentifiers, ChildCharacteristics and one CINdetails per episode.</summary>
public sealed class CensusChild
{
    /// <summary>The line of the Child element in a file read from disk; 0 when built from the record.</summary>
    public int Line { get; init; }

    /// <summary>The person on the record this child was built from or imported into.</summary>
    public Guid? PersonId { get; set; }

    public string? LaChildId { get; set; }
    public string? Upn { get; set; }
    public string? FormerUpn { get; set; }
    public string? UpnUnknown { get; set; }
    public DateOnly? PersonBirthDate { get; set; }
    public DateOnly? ExpectedPersonBirthDate { get; set; }

    /// <summary>GenderCurrent, in files up to 2023-24 (1, 2, 0, 9); read for import, never written.</summary>
    public string? GenderCurrent { get; set; }

    /// <summary>Sex M, F or U from 2024-25 (data item N00783).</summary>
    public string? Sex { get; set; }
    public DateOnly? PersonDeathDate { get; set; }

    public string? Ethnicity { get; set; }
    public List<string> Disabilities { get; init; } = [];

    public List<CinDetails> CinDetails { get; init; } = [];
}

/// <summary>One CINdetails module: a child in need episode from referral to closure.</summary>
public sealed class CinDetails
{
    /// <summary>The episode on the record; null for a file read from disk.</summary>
    public Guid? EpisodeId { get; set; }

    public DateOnly? ReferralDate { get; set; }
    public string? ReferralSource { get; set; }
    public string? PrimaryNeedCode { get; set; }
    public DateOnly? ClosureDate { get; set; }
    public string? ReasonForClosure { get; set; }

    /// <summary>An ICPC recorded at episode level: one with no section 47 in this return (rule 2884: never both).</summary>
    public DateOnly? DateOfInitialCpc { get; set; }

    public List<CensusAssessment> Assessments { get; init; } = [];
    public List<CensusCinPlan> CinPlans { get; init; } = [];
    public List<CensusSection47> Section47s { get; init; } = [];

    /// <summary>ReferralNFA as sent: true, false, TRUE, FALSE, 1 or 0 are valid (rule 8568).</summary>
    public string? ReferralNfa { get; set; }

    public List<CensusChildProtectionPlan> ChildProtectionPlans { get; init; } = [];

    /// <summary>PreProceedingsandFGDM, from 2026-27 (statutory-data.md A.5).</summary>
    public List<CensusPreProceedings> PreProceedings { get; init; } = [];

    public bool IsReferralNfa => CensusFlag.IsTrue(ReferralNfa);
}

public sealed class CensusAssessment
{
    public DateOnly? ActualStartDate { get; set; }
    public DateOnly? InternalReviewDate { get; set; }

    /// <summary>The date the assessment was completed and authorised (its "end date" in the rules).</summary>
    public DateOnly? AuthorisationDate { get; set; }

    /// <summary>AssessmentFactors codes in FactorsIdentifiedAtAssessment, as sent.</summary>
    public List<string> Factors { get; init; } = [];
}

/// <summary>CINPlanDates.</summary>
public sealed class CensusCinPlan
{
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}

public sealed class CensusSection47
{
    public DateOnly? ActualStartDate { get; set; }
    public DateOnly? InitialCpcTarget { get; set; }
    public DateOnly? DateOfInitialCpc { get; set; }

    /// <summary>ICPCnotRequired as sent (true/false/1/0).</summary>
    public string? IcpcNotRequired { get; set; }

    public bool IsIcpcNotRequired => CensusFlag.IsTrue(IcpcNotRequired);
}

public sealed class CensusChildProtectionPlan
{
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? InitialCategoryOfAbuse { get; set; }
    public string? LatestCategoryOfAbuse { get; set; }

    /// <summary>NumberOfPreviousCPP as sent; missing is rule 8730.</summary>
    public string? NumberOfPreviousCpp { get; set; }

    /// <summary>CPPreviewDate values; an empty element is a review with a missing date (rule 8842Q).</summary>
    public List<DateOnly?> ReviewDates { get; init; } = [];
}

/// <summary>PreProceedingsandFGDM (2026-27 onward; element names from the DfE 2026-27 specification as D2I read them).</summary>
public sealed class CensusPreProceedings
{
    public DateOnly? StartDate { get; set; }
    public DateOnly? LetterBeforeProceedingsSentDate { get; set; }

    /// <summary>FGDMMeetingOffer: whether a family group decision making meeting was offered (1/0).</summary>
    public string? FamilyGroupMeetingOffered { get; set; }

    /// <summary>FGDMMeetingFac: whether one was facilitated (1/0).</summary>
    public string? FamilyGroupMeetingFacilitated { get; set; }
    public DateOnly? InitialMeetingDate { get; set; }
    public string? ReviewMeetingsCount { get; set; }
    public DateOnly? StepDecisionDate { get; set; }
    public string? Outcome { get; set; }
    public DateOnly? CourtApplicationDate { get; set; }
    public DateOnly? LetterInitiatingCarePlanningDate { get; set; }
}

/// <summary>The boolean forms the census accepts (statutory-data.md A.1: true|false|TRUE|FALSE|1|0).</summary>
public static class CensusFlag
{
    public static bool IsTrue(string? value) => value?.Trim() is "true" or "TRUE" or "1";

    public static bool IsFalse(string? value) => value?.Trim() is "false" or "FALSE" or "0";

    public static bool IsValid(string? value) => IsTrue(value) || IsFalse(value);
}
