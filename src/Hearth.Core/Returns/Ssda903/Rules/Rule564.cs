namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>564: a missing (M) or away (A) period needs the date it started.</summary>
public sealed class Rule564 : CareHistoryRule
{
    public override string Code => "564";
    public override string Message => "Child was missing or away from placement without authorisation and the date started is blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(r => Ssda903Codes.MissingType.Is(r.MISSING) && Ssda903Values.IsBlank(r.MIS_START))
            .SelectMany(r => this.Cells(r, Ssda903Table.Missing, nameof(MissingRow.MISSING), nameof(MissingRow.MIS_START)));
}
