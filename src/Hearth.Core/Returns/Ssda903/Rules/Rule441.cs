namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>441: a participation code other than PN0 (PN1-PN7, for children 4 or over) on a review held before the child's 4th birthday (Reviews DOB); flags DOB, REVIEW and REVIEW_CODE.</summary>
public sealed class Rule441 : Ssda903Rule
{
    public override string Code => "441";
    public override string Message => "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Reviews.Where(r => Ssda903Codes.ReviewParticipation.Is(r.REVIEW_CODE) && !Ssda903Values.IsCode(r.REVIEW_CODE, "PN0") && Ssda903Date.Parse(r.DOB) is { } dob && Ssda903Date.Parse(r.REVIEW) is { } review && ChildrenInReturn.Under(dob, review, 4))
            .SelectMany(e => FindingCells.Named(e, nameof(ReviewRow.DOB), nameof(ReviewRow.REVIEW), nameof(ReviewRow.REVIEW_CODE))
                .Select(c => Finding(e, Ssda903Table.Reviews, c.Field, c.Value)));
}
