namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>374: an episode in residential employment (P3) must start on or after the child's 14th birthday; flags DECOM and PLACE. D2I's shared helper also skips open episodes (it drops rows without DEC); the DfE wording has no such exception, so open episodes are checked too.</summary>
public sealed class Rule374 : Ssda903Rule
{
    public override string Code => "374";
    public override string Message => "Child in residential employment should be at least 14 years old.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.PlacedUnderAge(context, "P3", 14)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DECOM), nameof(EpisodeRow.PLACE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
