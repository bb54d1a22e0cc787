namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>373: an episode in a residential school (S1) must start on or after the child's 4th birthday; flags DECOM and PLACE. D2I's shared helper also skips open episodes (it drops rows without DEC); the DfE wording has no such exception, so open episodes are checked too.</summary>
public sealed class Rule373 : Ssda903Rule
{
    public override string Code => "373";
    public override string Message => "Child placed in a school should be at least 4 years old.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.PlacedUnderAge(context, "S1", 4)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DECOM), nameof(EpisodeRow.PLACE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
