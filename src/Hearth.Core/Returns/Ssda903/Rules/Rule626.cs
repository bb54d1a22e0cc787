namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 626: a child recorded as not a mother last year (MOTHER 0) and as a mother this year must have had
/// her first child this year, not before 1 April. Needs last year's return (none: no findings).
/// </summary>
public sealed class Rule626 : Ssda903Rule
{
    public override string Code => "626";
    public override string Message => "Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            return [];
        }
        var notMothers = ChildrenInReturn.Children(context.Previous.Header.Where(h => Ssda903Values.Code(h.MOTHER) == "0"));
        return context.Current.Header
            .Where(h => Ssda903Values.Code(h.MOTHER) == "1" && Ssda903Date.Parse(h.MC_DOB) < context.CollectionStart
                && notMothers.Contains(Ssda903Values.Code(h.CHILD)))
            .SelectMany(h => FindingCells.Flagged(h, nameof(HeaderRow.MOTHER), nameof(HeaderRow.MC_DOB)))
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
    }
}
