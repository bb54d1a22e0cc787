using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Statutory;

namespace Hearth.Core.Returns.Ssda903;

/// <summary>
/// What a 903 rule needs: this year's return, last year's when the authority has it (the 503 family
/// and others compare the two), the collection year (1 April to 31 March, the same years as the CIN
/// census, hence <see cref="CensusYear"/>), and the authority's postcode table for the distance rules.
/// </summary>
public sealed class Ssda903Context(Ssda903Return current, CensusYear year, Ssda903Return? previous = null,
    IPostcodeLocations? postcodes = null, IWorkingDayCalendar? calendar = null)
{
    public Ssda903Return Current { get; } = current;
    public Ssda903Return? Previous { get; } = previous;
    public CensusYear Year { get; } = year;

    /// <summary>1 April: the first day of the collection year.</summary>
    public DateOnly CollectionStart => Year.Start;

    /// <summary>31 March: the last day of the collection year.</summary>
    public DateOnly CollectionEnd => Year.End;

    /// <summary>Null when the authority has loaded none: the rules that need one (164, 392c, 454...) then find nothing.</summary>
    public IPostcodeLocations? Postcodes { get; } = postcodes;

    public IWorkingDayCalendar Calendar { get; } = calendar ?? HolidayCalendar.EnglandAndWales;

    /// <summary>
    /// The authority's own local authority code, as the ONS Postcode Directory gives it (the upper-tier code, E10000015
    /// for Hertfordshire, E06000042 for Milton Keynes): what a placement's LA (PL_LA, derived from its postcode) is
    /// compared with. Null when not configured: the rules that need it (229, 411, 1015, 503J) then find nothing.
    /// </summary>
    public string? LocalAuthority { get; init; }

    /// <summary>
    /// Ofsted's register of children's social care providers by URN, when the authority has loaded it. Null when not:
    /// the rules that need it (219, 221, 224, 227, 228, 229) then find nothing.
    /// </summary>
    public IOfstedProviders? OfstedProviders { get; init; }

    /// <summary>
    /// The children (CHILD) the authority's record shows were looked after before last year's collection: the history
    /// the DfE holds and a two-year file does not, which rule 1002 asks about. Null when not known (a file checked on its own).
    /// </summary>
    public IReadOnlySet<string>? LookedAfterEarlier { get; init; }
}

/// <summary>Where a postcode is, from the postcode table the authority loads (ONS Postcode Directory).</summary>
public interface IPostcodeLocations
{
    /// <summary>Latitude and longitude in degrees, or null for a postcode not in the table.</summary>
    (double Latitude, double Longitude)? Find(string postcode);

    /// <summary>
    /// The local authority responsible for children's services where the postcode is (the ONS Postcode Directory's
    /// county, oscty, in a two-tier area, else its district, oslaua: E06..., E08..., E09..., E10..., or W06..., S12...,
    /// N09... outside England), or null for a postcode not in the table or a table without authorities.
    /// </summary>
    string? LocalAuthority(string postcode) => null;
}

/// <summary>One provider on Ofsted's register of children's social care providers (what the URN rules look up).</summary>
/// <param name="Urn">Ofsted's unique reference number (SC123456, 1234567).</param>
/// <param name="PlacementCodes">The 903 placement types (PLACE: K2, R1...) the provider may take; null when the register loaded does not give them.</param>
/// <param name="ProviderCodes">The 903 placement provider codes (PLACE_PROVIDER: PR1...) the provider counts as; null when the register does not give them.</param>
/// <param name="Registered">The date Ofsted registered the provider, when given.</param>
/// <param name="Closed">The date the registration ended (deregistration or closure), when it has.</param>
/// <param name="Postcode">The setting's postcode, as the register gives it.</param>
/// <param name="LocalAuthorityName">The local authority the register names for the setting.</param>
public sealed record OfstedProvider(string Urn, IReadOnlySet<string>? PlacementCodes, IReadOnlySet<string>? ProviderCodes,
    DateOnly? Registered, DateOnly? Closed, string? Postcode, string? LocalAuthorityName);

/// <summary>Ofsted's register of children's social care providers, by URN (see ReferenceData/OfstedProviderRegister).</summary>
public interface IOfstedProviders
{
    /// <summary>The provider with that URN, or null for a URN not on the register.</summary>
    OfstedProvider? Find(string urn);
}
