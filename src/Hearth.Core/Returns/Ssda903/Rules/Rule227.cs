namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 227: an episode cannot start (DECOM) on or after the day the URN's registration ended, by Ofsted's register
/// (csc-validator-be-903 rule_227). A URN not on the register, or still registered, passes. Flags URN and DECOM.
/// Needs Ofsted's register: finds nothing without it.
/// </summary>
public sealed class Rule227 : Ssda903Rule
{
    public override string Code => "227";
    public override string Message => "Ofsted Unique reference number (URN) is not valid for the episode start date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.OfstedProviders is not { } providers
            ? []
            : PlacementArea.WithProvider(providers, context.Current.Episodes)
                .Where(p => p.Provider?.Closed is { } closed && p.Episode.DECOM.Date() >= closed)
                .SelectMany(p => this.Cells(p.Episode, Ssda903Table.Episodes, nameof(EpisodeRow.URN), nameof(EpisodeRow.DECOM)));
}
