namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW01bSTG1: every social worker episode needs a start date, and one that began on or after 1 April
/// 2023 needs the worker's ID and the reason for the change. Flags SW_DECOM, SW_ID and SW_REASON of the incomplete episode.
/// </summary>
public sealed class RuleSW01bSTG1 : Ssda903Rule
{
    public override string Code => "SW01bSTG1";
    public override string Message => "For each social worker episode, information should be complete";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.SwEpisodes
            .Where(s => Ssda903Date.Parse(s.SW_DECOM) is not { } start
                || (start >= SocialWorkerSpell.ReasonRequiredFrom
                    && (string.IsNullOrWhiteSpace(s.SW_ID) || string.IsNullOrWhiteSpace(s.SW_REASON))))
            .SelectMany(s => new[]
            {
                Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DECOM), s.SW_DECOM),
                Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_ID), s.SW_ID),
                Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_REASON), s.SW_REASON),
            });
}
