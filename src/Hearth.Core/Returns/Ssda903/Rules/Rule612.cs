namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>612: a girl with MC_DOB completed must be recorded as a mother (MOTHER 1, not 0 or blank).</summary>
public sealed class Rule612 : Ssda903Rule
{
    public override string Code => "612";
    public override string Message => "Date of birth field has been completed but mother field indicates child is not a mother.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => Ssda903Values.Code(h.MOTHER) is "0" or "" && Ssda903Values.Code(h.SEX) == "F" && !Ssda903Values.IsBlank(h.MC_DOB))
            .SelectMany(h => FindingCells.Flagged(h, nameof(HeaderRow.SEX), nameof(HeaderRow.MOTHER), nameof(HeaderRow.MC_DOB)))
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
}
