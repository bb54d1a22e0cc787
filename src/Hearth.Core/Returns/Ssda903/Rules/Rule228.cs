namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 228: an episode cannot end (DEC) after the URN's registration ended, by Ofsted's register; an open episode (no
/// readable DEC) is taken to run to 31 March, so a provider that closed during the year fails it, as the DfE notes
/// (csc-validator-be-903 rule_228). A URN not on the register, or still registered, passes. Flags URN and DEC. Needs
/// Ofsted's register: finds nothing without it.
/// </summary>
public sealed class Rule228 : Ssda903Rule
{
    public override string Code => "228";
    public override string Message => "Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.OfstedProviders is not { } providers
            ? []
            : PlacementArea.WithProvider(providers, context.Current.Episodes)
                .Where(p => p.Provider?.Closed is { } closed && (p.Episode.DEC.Date() ?? context.CollectionEnd) > closed)
                .SelectMany(p => this.Cells(p.Episode, Ssda903Table.Episodes, nameof(EpisodeRow.URN), nameof(EpisodeRow.DEC)));
}
