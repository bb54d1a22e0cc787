namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>371: an episode in supported accommodation (K3) must start on or after the child's 16th birthday; flags DECOM and PLACE. D2I's shared helper also skips open episodes (it drops rows without DEC); the DfE wording has no such exception, so open episodes are checked too.</summary>
public sealed class Rule371 : Ssda903Rule
{
    public override string Code => "371";
    public override string Message => "Child in supported accomodation not subject to children’s homes regulations should be at least 16.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.PlacedUnderAge(context, "K3", 16)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DECOM), nameof(EpisodeRow.PLACE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
