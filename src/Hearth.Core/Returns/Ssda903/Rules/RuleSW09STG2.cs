namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW09STG2: a social worker episode lasted less than 24 hours: it ends on (or before) the day it
/// began. Follows the DfE wording; the D2I 2025-26 version flags anything under three days, which the
/// wording does not support. Flags SW_DECOM and SW_DEC.
/// </summary>
public sealed class RuleSW09STG2 : Ssda903Rule
{
    public override string Code => "SW09STG2";
    public override string Message => "Social worker episode appears to have lasted for less than 24 hours.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.SwEpisodes
            .Where(s => Ssda903Date.Parse(s.SW_DEC) is { } end && Ssda903Date.Parse(s.SW_DECOM) is { } start && end <= start)
            .SelectMany(s => new[]
            {
                Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DECOM), s.SW_DECOM),
                Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DEC), s.SW_DEC),
            });
}
