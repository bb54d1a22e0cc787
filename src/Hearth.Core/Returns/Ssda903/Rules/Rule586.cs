namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>586: a missing period cannot start on or before the date of birth (the DfE validator flags the same day too).</summary>
public sealed class Rule586 : CareHistoryRule
{
    public override string Code => "586";
    public override string Message => "Dates of missing periods are before child’s date of birth.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(r => Ssda903Values.Date(r.MIS_START) <= Ssda903Values.Date(r.DOB))
            .SelectMany(r => this.Cells(r, Ssda903Table.Missing, nameof(MissingRow.MIS_START)));
}
