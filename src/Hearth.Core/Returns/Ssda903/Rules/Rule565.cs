namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>565: a missing period with a start date must say whether the child was missing or away.</summary>
public sealed class Rule565 : CareHistoryRule
{
    public override string Code => "565";
    public override string Message => "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(r => !Ssda903Values.IsBlank(r.MIS_START) && Ssda903Values.IsBlank(r.MISSING))
            .SelectMany(r => this.Cells(r, Ssda903Table.Missing, nameof(MissingRow.MISSING), nameof(MissingRow.MIS_START)));
}
