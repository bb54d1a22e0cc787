namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// The placement's local authority (PL_LA) and location in or out of the authority's area (PL_LOCATION), which the
/// DfE derives from the placement postcode rather than collecting them (statutory-data.md B; the DfE validator's
/// datastore derives them from the ONS Postcode Directory the same way): rules 229, 411, 420, 452, 503H, 503J, 1015.
/// </summary>
internal static class PlacementArea
{
    /// <summary>The URN the DfE accepts for a setting Ofsted does not register: no register look-up for it.</summary>
    public const string NoUrn = "XXXXXXX";

    /// <summary>
    /// PL_LA: the local authority of the postcode from the authority's postcode table, or WAL, SCO or NIR for a
    /// postcode in Wales, Scotland or Northern Ireland (as the DfE codes them). Null when no table is loaded, the
    /// postcode is blank, or it is not in the table.
    /// </summary>
    public static string? La(Ssda903Context context, string? postcode)
    {
        if (context.Postcodes is not { } postcodes || postcode.Trimmed() is not { } code)
        {
            return null;
        }

        return postcodes.LocalAuthority(code) switch
        {
            null or "" => null,
            ['W', ..] => "WAL",
            ['S', ..] => "SCO",
            ['N', ..] => "NIR",
            var la => la,
        };
    }

    /// <summary>
    /// PL_LOCATION: IN or OUT as the record holds it (the placement's out-of-area flag), else IN when the placement's
    /// LA is the authority's own and OUT when it is another; null when neither is known.
    /// </summary>
    public static string? Location(Ssda903Context context, EpisodeRow episode)
    {
        if (episode.PL_LOCATION.Trimmed() is { } recorded)
        {
            return recorded;
        }

        return context.LocalAuthority.Trimmed() is { } own && La(context, episode.PL_POST) is { } la ? (la == own ? "IN" : "OUT") : null;
    }

    /// <summary>Episodes with a URN to look up on Ofsted's register (filled, not XXXXXXX), with the provider (null when not on it).</summary>
    public static IEnumerable<(EpisodeRow Episode, OfstedProvider? Provider)> WithProvider(IOfstedProviders providers, IEnumerable<EpisodeRow> episodes) =>
        episodes.Where(e => e.URN.Trimmed() is { } urn && urn != NoUrn)
            .Select(e => (e, providers.Find(e.URN!.Trim())));
}
