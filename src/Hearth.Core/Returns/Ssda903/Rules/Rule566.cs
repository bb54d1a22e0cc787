namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>566: a missing period with an end date must say whether the child was missing or away.</summary>
public sealed class Rule566 : CareHistoryRule
{
    public override string Code => "566";
    public override string Message => "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(r => !Ssda903Values.IsBlank(r.MIS_END) && Ssda903Values.IsBlank(r.MISSING))
            .SelectMany(r => this.Cells(r, Ssda903Table.Missing, nameof(MissingRow.MISSING), nameof(MissingRow.MIS_END)));
}
