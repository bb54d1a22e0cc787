namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>440: participation code PN0 (child under 4) on a review held on or after the child's 4th birthday (Reviews DOB). The DfE wording says 4 or over, so the birthday itself is flagged (D2I flags only after it). Flags DOB, REVIEW and REVIEW_CODE.</summary>
public sealed class Rule440 : Ssda903Rule
{
    public override string Code => "440";
    public override string Message => "Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Reviews.Where(r => Ssda903Values.IsCode(r.REVIEW_CODE, "PN0") && Ssda903Date.Parse(r.DOB) is { } dob && Ssda903Date.Parse(r.REVIEW) is { } review && !ChildrenInReturn.Under(dob, review, 4))
            .SelectMany(e => FindingCells.Named(e, nameof(ReviewRow.DOB), nameof(ReviewRow.REVIEW), nameof(ReviewRow.REVIEW_CODE))
                .Select(c => Finding(e, Ssda903Table.Reviews, c.Field, c.Value)));
}
