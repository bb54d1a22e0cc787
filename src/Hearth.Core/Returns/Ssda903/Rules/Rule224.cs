namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 224: the placement provider (PLACE_PROVIDER) must be one Ofsted's register gives for the URN (csc-validator-be-903
/// rule_224: a URN not on the register fails too, as does a blank provider). The placeholder XXXXXXX is not looked
/// up, nor a provider whose entry gives no provider codes. Flags PLACE_PROVIDER. Needs Ofsted's register: finds
/// nothing without it.
/// </summary>
public sealed class Rule224 : Ssda903Rule
{
    public override string Code => "224";
    public override string Message => "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.OfstedProviders is not { } providers
            ? []
            : PlacementArea.WithProvider(providers, context.Current.Episodes)
                .Where(p => p.Provider is null || (p.Provider.ProviderCodes is { } codes && !codes.Contains(p.Episode.PLACE_PROVIDER.Code())))
                .Select(p => Finding(p.Episode, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE_PROVIDER), p.Episode.PLACE_PROVIDER));
}
