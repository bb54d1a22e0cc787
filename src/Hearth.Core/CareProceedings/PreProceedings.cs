namespace Hearth.Core.CareProceedings;

/// <summary>
/// Pre-proceedings under the Public Law Outline, with family group decision making: what the CIN
/// census collects from 2026-27 in its PreProceedingsandFGDM block (statutory-data.md A.5). One per
/// period of pre-proceedings within a child in need episode.
/// </summary>
/// <remarks>
/// The element meanings follow the D2I reading of the DfE 2026-27 specification; the outcome code
/// values are unconfirmed there, so the outcome is held as the code the authority records.
/// </remarks>
public sealed class PreProceedings
{
    public const int MaxCode = 8;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public Guid PersonId { get; set; }

    /// <summary>PPStartDate: the legal planning meeting decision to enter pre-proceedings.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>LBPSentDate: the letter before proceedings sent to the parents.</summary>
    public DateOnly? LetterBeforeProceedingsSentOn { get; set; }

    /// <summary>FGDMMeetingOffer: a family group decision making meeting was offered.</summary>
    public bool? FamilyGroupMeetingOffered { get; set; }

    /// <summary>FGDMMeetingFac: a family group decision making meeting was facilitated.</summary>
    public bool? FamilyGroupMeetingFacilitated { get; set; }

    /// <summary>InitialPPMeetingDate: the first pre-proceedings meeting with the parents.</summary>
    public DateOnly? InitialMeetingOn { get; set; }

    /// <summary>ReviewMeetingsCount: review meetings held in pre-proceedings.</summary>
    public int? ReviewMeetingsCount { get; set; }

    /// <summary>StepDecisionDate: the decision to step up to proceedings or down from pre-proceedings.</summary>
    public DateOnly? StepDecisionOn { get; set; }

    /// <summary>PPOutcome code.</summary>
    public string? Outcome { get; set; }

    /// <summary>CourtAppDate: the care proceedings application, when made.</summary>
    public DateOnly? CourtApplicationOn { get; set; }

    /// <summary>LetterInitCPDate: the letter initiating care proceedings.</summary>
    public DateOnly? LetterInitiatingProceedingsOn { get; set; }

    public bool Imported { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}
