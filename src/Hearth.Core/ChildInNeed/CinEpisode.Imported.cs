namespace Hearth.Core.ChildInNeed;

public sealed partial class CinEpisode
{
    /// <summary>
    /// An episode brought in from a census file as history. It is kept as the file says, even where
    /// that breaks a DfE rule (a closure before the referral): the rule then becomes a data-quality
    /// finding on the child, never a silent correction (issue 5).
    /// </summary>
    public static CinEpisode FromCensus(Guid personId, DateOnly referralDate, string referralSource, string? primaryNeed,
        DateOnly? closeDate, string? reasonForClosure, bool referralNfa, DateTime now) => new()
        {
            PersonId = personId,
            ReferralDate = referralDate,
            ReferralSource = referralSource,
            PrimaryNeedCode = primaryNeed,
            CloseDate = closeDate,
            ReasonForClosure = reasonForClosure,
            ReferralNfa = referralNfa,
            ClosureSummary = closeDate is null ? null : "Imported from a CIN census file",
            Imported = true,
            OpenedAt = now,
        };
}
