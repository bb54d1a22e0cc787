namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>166: the review date (Reviews REVIEW) must be a real date; blank is flagged.</summary>
public sealed class Rule166 : Ssda903Rule
{
    public override string Code => "166";
    public override string Message => "Date of review is invalid or blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidDates(context.Current.Reviews, Ssda903Table.Reviews, nameof(ReviewRow.REVIEW), r => r.REVIEW, blankIsInvalid: true);
}
