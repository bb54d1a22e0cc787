namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>567: a missing period cannot end before it starts.</summary>
public sealed class Rule567 : CareHistoryRule
{
    public override string Code => "567";
    public override string Message => "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(r => Ssda903Values.Date(r.MIS_END) < Ssda903Values.Date(r.MIS_START))
            .SelectMany(r => this.Cells(r, Ssda903Table.Missing, nameof(MissingRow.MIS_START), nameof(MissingRow.MIS_END)));
}
