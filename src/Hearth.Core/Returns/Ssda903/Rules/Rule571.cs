namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>571: a missing period cannot end outside the collection year.</summary>
public sealed class Rule571 : CareHistoryRule
{
    public override string Code => "571";
    public override string Message => "The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(r => Ssda903Values.Date(r.MIS_END) is { } end && (end < context.CollectionStart || end > context.CollectionEnd))
            .SelectMany(r => this.Cells(r, Ssda903Table.Missing, nameof(MissingRow.MIS_END)));
}
