namespace Hearth.Core.ChildInNeed;

/// <summary>
/// The DfE definition of a re-referral, as the Children in Need statistics count it: a referral
/// "within 12 months of a previous referral" for the same child, in the same authority, measured by
/// referral date. Hearth reads "within 12 months" as up to and including the same date twelve
/// months on (the anniversary is in; the day after is out), which is how the DfE's published
/// re-referral methodology compares dates (a referral dated on or before the previous referral
/// date plus 12 months). timescales.md section 1; the edge cases list asks for this to be decided.
/// </summary>
public static class ReReferral
{
    public static bool IsReReferral(DateOnly previousReferral, DateOnly newReferral) =>
        newReferral >= previousReferral && newReferral <= previousReferral.AddMonths(12);

    /// <summary>Whether a new referral on <paramref name="newReferral"/> re-refers a child with these earlier referral dates.</summary>
    public static bool IsReReferral(IEnumerable<DateOnly> previousReferrals, DateOnly newReferral) =>
        previousReferrals.Any(p => IsReReferral(p, newReferral));
}
