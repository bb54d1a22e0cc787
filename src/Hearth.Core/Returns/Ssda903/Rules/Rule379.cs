namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>379: a temporary placement for an unspecified reason (T4) more than seven days (end date more than 7 days after the start); open episodes are not measured. Flags DECOM and PLACE.</summary>
public sealed class Rule379 : Ssda903Rule
{
    public override string Code => "379";
    public override string Message => "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.LongerThan(context.Current, "T4", 7)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DECOM), nameof(EpisodeRow.PLACE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
