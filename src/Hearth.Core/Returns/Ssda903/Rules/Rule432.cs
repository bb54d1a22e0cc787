namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>432: after an episode ending the period of care (any REC but X1), the next episode must have RNE S; flags RNE.</summary>
public sealed class Rule432 : Ssda903Rule
{
    private static readonly HashSet<string> CeasedCare =
    [
        "E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E41", "E45", "E46", "E47", "E48",
    ];

    public override string Code => "432";
    public override string Message => "The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.ConsecutiveEpisodes(context.Current.Episodes).Where(p => CeasedCare.Is(p.Previous.REC) && !Ssda903Values.IsCode(p.Current.RNE, "S")).Select(p => p.Current)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.RNE), e.RNE));
}
