namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 574: a child's missing periods, in order of ending (an open one counts as ending on its start), must
/// not overlap: each is flagged when the one before it is still open or ends after it starts.
/// </summary>
public sealed class Rule574 : CareHistoryRule
{
    public override string Code => "574";
    public override string Message => "A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        StartsBeforePreviousEnds(
                context.Current.Missing
                    .GroupBy(m => Ssda903Values.Code(m.CHILD))
                    .Select(child => child
                        .OrderBy(m => Ssda903Values.Date(m.MIS_END) ?? Ssda903Values.Date(m.MIS_START) ?? DateOnly.MaxValue)
                        .ThenBy(m => Ssda903Values.Date(m.MIS_START) ?? DateOnly.MaxValue)
                        .ToList()),
                m => m.MIS_START, m => m.MIS_END)
            .SelectMany(m => this.Cells(m, Ssda903Table.Missing, nameof(MissingRow.MIS_START), nameof(MissingRow.MIS_END)));
}
