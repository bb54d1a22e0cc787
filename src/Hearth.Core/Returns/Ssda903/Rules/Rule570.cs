namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>570: a missing period cannot start after 31 March.</summary>
public sealed class Rule570 : CareHistoryRule
{
    public override string Code => "570";
    public override string Message => "The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(r => Ssda903Values.Date(r.MIS_START) > context.CollectionEnd)
            .SelectMany(r => this.Cells(r, Ssda903Table.Missing, nameof(MissingRow.MIS_START)));
}
