namespace Hearth.Core.LookedAfter;

/// <summary>
/// The facts about a looked-after child that the SSDA903 header and UASC tables carry and the person record does not:
/// whether the child is an unaccompanied asylum-seeking child and when that ceased (DUC), whether the child is a mother
/// and her child's birth date (MOTHER, MC_DOB), and any permanence order before care (PrevPerm: P1 adoption, P2 SGO,
/// P3 residence or child arrangements order, P4 unknown, Z1 none; with the authority and the date as given).
/// </summary>
public sealed class LookedAfterChildProfile
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public bool UnaccompaniedAsylumSeeker { get; set; }
    public DateOnly? UascCeasedOn { get; set; }
    public bool? IsMother { get; set; }
    public DateOnly? MothersChildBirthDate { get; set; }
    public string? PreviousPermanence { get; set; }
    public string? PreviousPermanenceAuthority { get; set; }

    /// <summary>DATE_PERM as given: dd/mm/yyyy, or with zz for an unknown day or month.</summary>
    public string? PreviousPermanenceDate { get; set; }
}

/// <summary>
/// The adoption facts of the AD1 and PlacedAdoption tables for one period of care: the decision that the child should
/// be placed for adoption (DATE_PLACED), and if reversed why (RD1 to RD4); the best-interest decision (DATE_INT), the
/// match (DATE_MATCH) and the adopters (FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR).
/// </summary>
public sealed class AdoptionDecision
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public DateOnly? ShouldBePlacedOn { get; set; }
    public DateOnly? ReversedOn { get; set; }
    public string? ReversedReason { get; set; }
    public DateOnly? BestInterestDecisionOn { get; set; }
    public DateOnly? MatchedOn { get; set; }
    public bool? FosterCarerAdopting { get; set; }
    public int? NumberOfAdopters { get; set; }
    public string? AdoptersSex { get; set; }
    public string? AdoptersLegalStatus { get; set; }
    public bool Imported { get; init; }
}

/// <summary>
/// A spell with one social worker, as the SWEpisodes table reports it (SW_ID, SW_DECOM, SW_DEC, SW_REASON MANAGE to
/// OTHERS). Hearth's own allocations give these; this holds the ones imported from an earlier return.
/// </summary>
public sealed class SocialWorkerEpisode
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string SocialWorkerId { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public string? Reason { get; set; }
}
