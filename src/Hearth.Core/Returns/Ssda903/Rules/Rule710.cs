namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 710: during a DoLO (start and end both given) the child cannot be in a secure children's home
/// (K1), with parents (P1), in a young offender institution (R5) or in supported accommodation (K3).
/// Flags the DoLO's start and each overlapping episode's placement.
/// </summary>
public sealed class Rule710 : Ssda903Rule
{
    private static readonly HashSet<string> Barred = ["K1", "P1", "R5", "K3"];

    public override string Code => "710";
    public override string Message => "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        foreach (var dolo in context.Current.Dolo)
        {
            var barred = CareHistory.DoloEpisodes(dolo, episodes).Where(e => Barred.Contains(Ssda903Values.Code(e.PLACE))).ToList();
            if (barred.Count == 0)
            {
                continue;
            }
            yield return Finding(dolo, Ssda903Table.Dolo, nameof(DoloRow.DOLO_START), dolo.DOLO_START);
            foreach (var episode in barred)
            {
                yield return Finding(episode, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), episode.PLACE);
            }
        }
    }
}
