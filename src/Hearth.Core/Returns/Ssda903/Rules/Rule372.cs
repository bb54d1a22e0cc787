namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>372: an episode in youth custody or prison (R5) must start on or after the child's 10th birthday; flags DECOM and PLACE. D2I's shared helper also skips open episodes (it drops rows without DEC); the DfE wording has no such exception, so open episodes are checked too.</summary>
public sealed class Rule372 : Ssda903Rule
{
    public override string Code => "372";
    public override string Message => "Child in youth custody or prison should be at least 10.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.PlacedUnderAge(context, "R5", 10)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DECOM), nameof(EpisodeRow.PLACE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
