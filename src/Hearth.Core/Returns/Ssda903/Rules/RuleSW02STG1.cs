namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW02STG1: a social worker ID starts SW (a registered worker) or XX (none registered) and has
/// something after the prefix, so at least four characters. Case matters. Flags SW_ID, blank included.
/// </summary>
public sealed class RuleSW02STG1 : Ssda903Rule
{
    public override string Code => "SW02STG1";
    public override string Message => "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.SwEpisodes
            .Where(s => s.SW_ID is not { Length: >= 4 } id || !(id.StartsWith("SW", StringComparison.Ordinal) || id.StartsWith("XX", StringComparison.Ordinal)))
            .Select(s => Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_ID), s.SW_ID));
}
