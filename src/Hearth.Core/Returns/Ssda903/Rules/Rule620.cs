namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>620: a child recorded as a mother must have been at least 11 on 1 April.</summary>
public sealed class Rule620 : Ssda903Rule
{
    public override string Code => "620";
    public override string Message => "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => Ssda903Values.Code(h.MOTHER) == "1" && Ssda903Date.Parse(h.DOB) is { } dob
                && ChildrenInReturn.Birthday(dob, 11) > context.CollectionStart)
            .SelectMany(h => FindingCells.Flagged(h, nameof(HeaderRow.DOB), nameof(HeaderRow.MOTHER)))
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
}
