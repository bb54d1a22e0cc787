namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>167: a review (Reviews REVIEW) must have a valid participation code (REVIEW_CODE PN0 to PN7); a row with neither passes. Flags REVIEW_CODE.</summary>
public sealed class Rule167 : Ssda903Rule
{
    public override string Code => "167";
    public override string Message => "Data entry for participation is invalid or blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Reviews
            .Where(r => !(r.REVIEW.IsFilled() ? Ssda903Codes.ReviewParticipation.Is(r.REVIEW_CODE) : r.REVIEW_CODE.IsBlank()))
            .Select(r => Finding(r, Ssda903Table.Reviews, nameof(ReviewRow.REVIEW_CODE), r.REVIEW_CODE));
}
