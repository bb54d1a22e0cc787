namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>437: an episode ending because the child died (E2) or was assessed as 18 or over (E15) followed by another episode of the same child; flags REC.</summary>
public sealed class Rule437 : Ssda903Rule
{
    public override string Code => "437";
    public override string Message => "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.ConsecutiveEpisodes(context.Current.Episodes)
            .Where(p => EpisodeHistory.Start(p.Previous) is not null && (Ssda903Values.IsCode(p.Previous.REC, "E2") || Ssda903Values.IsCode(p.Previous.REC, "E15")))
            .Select(p => Finding(p.Previous, Ssda903Table.Episodes, nameof(EpisodeRow.REC), p.Previous.REC));
}
