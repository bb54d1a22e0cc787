namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 621: the mother's first child (MC_DOB) must be born after the mother (DOB). Only checked when both
/// are valid dates (the DfE validator also flags an invalid DOB; 102 reports that).
/// </summary>
public sealed class Rule621 : Ssda903Rule
{
    public override string Code => "621";
    public override string Message => "Mother’s field has been completed but date of birth shows that the mother is younger than her child.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => Ssda903Date.Parse(h.MC_DOB) <= Ssda903Date.Parse(h.DOB))
            .SelectMany(h => FindingCells.Flagged(h, nameof(HeaderRow.DOB), nameof(HeaderRow.MC_DOB)))
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
}
