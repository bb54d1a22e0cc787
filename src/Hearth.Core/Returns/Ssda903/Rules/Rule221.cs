namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 221: for a placement in a secure or other children's home, family centre or residential school (K1, K2, R3, S1),
/// not a short break (V3/V4), with a placement postcode, the postcode must be the one Ofsted's register gives for the
/// URN, compared without spaces (csc-validator-be-903 rule_221: a URN not on the register fails too). Flags PL_POST.
/// Needs Ofsted's register: finds nothing without it.
/// </summary>
public sealed class Rule221 : Ssda903Rule
{
    private static readonly HashSet<string> RegisteredSettings = ["K1", "K2", "R3", "S1"];

    public override string Code => "221";
    public override string Message => "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.OfstedProviders is not { } providers
            ? []
            : PlacementArea.WithProvider(providers, context.Current.Episodes.Where(e =>
                    !EpisodeCodes.ShortBreaks.Is(e.LS) && RegisteredSettings.Contains(e.PLACE.Code()) && e.PL_POST.IsFilled()))
                .Where(p => Compact(p.Provider?.Postcode) != Compact(p.Episode.PL_POST))
                .Select(p => Finding(p.Episode, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), p.Episode.PL_POST));

    private static string? Compact(string? postcode) => postcode?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
