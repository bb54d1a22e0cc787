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
}

/// <summary>Where a postcode is, from the postcode table the authority loads (ONS Postcode Directory).</summary>
public interface IPostcodeLocations
{
    /// <summary>Latitude and longitude in degrees, or null for a postcode not in the table.</summary>
    (double Latitude, double Longitude)? Find(string postcode);
}
