namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 219: the placement type (PLACE) must be one Ofsted's register gives for the URN (csc-validator-be-903 rule_219:
/// a URN not on the register fails too). The URN placeholder XXXXXXX is not looked up, nor a provider whose register
/// entry gives no placement types. Flags URN and PLACE. Needs Ofsted's register: finds nothing without it.
/// </summary>
public sealed class Rule219 : Ssda903Rule
{
    public override string Code => "219";
    public override string Message => "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.OfstedProviders is not { } providers
            ? []
            : PlacementArea.WithProvider(providers, context.Current.Episodes)
                .Where(p => p.Provider is null || (p.Provider.PlacementCodes is { } codes && !codes.Contains(p.Episode.PLACE.Code())))
                .SelectMany(p => this.Cells(p.Episode, Ssda903Table.Episodes, nameof(EpisodeRow.URN), nameof(EpisodeRow.PLACE)));
}
