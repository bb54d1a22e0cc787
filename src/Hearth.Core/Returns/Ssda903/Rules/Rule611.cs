namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>611: a child recorded as a mother (MOTHER 1) must have the date of birth of her first child (MC_DOB).</summary>
public sealed class Rule611 : Ssda903Rule
{
    public override string Code => "611";
    public override string Message => "Date of birth field is blank, but child is a mother.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => Ssda903Values.Code(h.MOTHER) == "1" && Ssda903Values.IsBlank(h.MC_DOB))
            .SelectMany(h => FindingCells.Flagged(h, nameof(HeaderRow.MOTHER), nameof(HeaderRow.MC_DOB)))
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
}
