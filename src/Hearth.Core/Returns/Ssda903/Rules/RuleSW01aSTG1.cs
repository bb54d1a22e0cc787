namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW01aSTG1: every social worker episode needs a start date, and one that began before 1 April 2023
/// needs the worker's ID (its reason may be missing). Flags SW_DECOM and SW_ID of the incomplete episode, as the DfE does.
/// </summary>
public sealed class RuleSW01aSTG1 : Ssda903Rule
{
    public override string Code => "SW01aSTG1";
    public override string Message => "For each social worker episode, information should be complete";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.SwEpisodes
            .Where(s => Ssda903Date.Parse(s.SW_DECOM) is not { } start
                || (start < SocialWorkerSpell.ReasonRequiredFrom && string.IsNullOrWhiteSpace(s.SW_ID)))
            .SelectMany(s => new[]
            {
                Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DECOM), s.SW_DECOM),
                Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_ID), s.SW_ID),
            });
}
