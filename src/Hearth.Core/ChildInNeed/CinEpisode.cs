namespace Hearth.Core.ChildInNeed;

/// <summary>
/// A child in need episode: from the referral to children's social care to closure (CIN census
/// CINdetails). The front door opens one per child when the threshold decision is a referral; the
/// assessment, section 47 and plans hang off it.
/// </summary>
public sealed partial class CinEpisode
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public DateOnly ReferralDate { get; init; }

    /// <summary>DfE referral source code 1A..10.</summary>
    public string ReferralSource { get; init; } = "10";

    /// <summary>The contact the referral came through; null for imported history.</summary>
    public Guid? ContactId { get; init; }

    /// <summary>Set once the assessment identifies it (N0..N9); not known at referral.</summary>
    public string? PrimaryNeedCode { get; set; }

    /// <summary>True when this is a re-referral: within 12 months of the child's previous referral (DfE definition).</summary>
    public bool IsReReferral { get; init; }

    public DateOnly? CloseDate { get; private set; }
    public string? ReasonForClosure { get; private set; }
    public string? ClosureSummary { get; private set; }

    /// <summary>The team holding the case now; a transfer with the manager's direction changes it.</summary>
    public Guid? TeamId { get; set; }

    /// <summary>How often this child must be seen while the episode is open, in working days; null is the authority's default (<see cref="ChildInNeedOptions"/>).</summary>
    public int? VisitingFrequencyWorkingDays { get; set; }
    public bool ReferralNfa { get; private set; }
    public bool Imported { get; init; }
    public DateTime OpenedAt { get; init; }

    public bool IsOpen => CloseDate is null;

    public void Close(DateOnly closeDate, string reasonForClosure, bool referralNfa, string? summary = null)
    {
        if (CloseDate is not null)
        {
            throw new InvalidOperationException("This episode is already closed.");
        }
        if (closeDate < ReferralDate)
        {
            throw new InvalidOperationException("An episode cannot close before its referral.");
        }
        CloseDate = closeDate;
        ReasonForClosure = reasonForClosure;
        ReferralNfa = referralNfa;
        ClosureSummary = summary;
    }

    /// <summary>Reopens a closed episode so work can be recorded on it again; the caller records why, as an event.</summary>
    public void Reopen()
    {
        if (CloseDate is null)
        {
            throw new InvalidOperationException("This episode is open.");
        }
        CloseDate = null;
        ReasonForClosure = null;
        ReferralNfa = false;
        ClosureSummary = null;
    }
}
