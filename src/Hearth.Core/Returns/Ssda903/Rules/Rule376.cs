namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>376: a temporary placement for holiday of the usual foster carer (T3) more than three weeks (end date more than 21 days after the start); open episodes are not measured. Flags DECOM and PLACE.</summary>
public sealed class Rule376 : Ssda903Rule
{
    public override string Code => "376";
    public override string Message => "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.LongerThan(context.Current, "T3", 21)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DECOM), nameof(EpisodeRow.PLACE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
