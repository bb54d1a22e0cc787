using Hearth.Core.Returns.CinCensus;
using Microsoft.Extensions.Options;

namespace Hearth.Core.Returns.Ssda903.ReferenceData;

/// <summary>
/// The 903 rules' reference data as configured (<see cref="Ssda903Options"/>), each file read once, when first
/// needed, and kept for the life of the application (register as a singleton): the postcode directory takes seconds
/// and a few hundred megabytes to load, so it is never read per request. A file configured but missing or unreadable
/// is an error of configuration and is thrown, every time it is asked for, until the application restarts.
/// </summary>
public sealed class Ssda903ReferenceData
{
    private readonly Ssda903Options _options;
    private readonly Lazy<OnsPostcodeDirectory?> _postcodes;
    private readonly Lazy<OfstedProviderRegister?> _providers;

    public Ssda903ReferenceData(IOptions<Ssda903Options> options)
    {
        _options = options.Value;
        _postcodes = new(() => Configured(_options.PostcodeDirectoryPath, "PostcodeDirectoryPath") is { } path ? OnsPostcodeDirectory.Load(path) : null,
            LazyThreadSafetyMode.ExecutionAndPublication);
        _providers = new(() => Configured(_options.OfstedProvidersPath, "OfstedProvidersPath") is { } path ? OfstedProviderRegister.Load(path) : null,
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The authority's LA code, or null when not configured.</summary>
    public string? LaCode => string.IsNullOrWhiteSpace(_options.LaCode) ? null : _options.LaCode.Trim();

    /// <summary>The postcode directory, or null when not configured.</summary>
    public IPostcodeLocations? Postcodes => _postcodes.Value;

    /// <summary>Ofsted's register, or null when not configured.</summary>
    public IOfstedProviders? OfstedProviders => _providers.Value;

    /// <summary>
    /// A context for validating <paramref name="current"/> with all the reference data configured;
    /// <paramref name="lookedAfterEarlier"/> as <see cref="Ssda903Context.LookedAfterEarlier"/> (known only from a record).
    /// </summary>
    public Ssda903Context Context(Ssda903Return current, CensusYear year, Ssda903Return? previous = null,
        IReadOnlySet<string>? lookedAfterEarlier = null) =>
        new(current, year, previous, Postcodes)
        {
            LocalAuthority = LaCode,
            OfstedProviders = OfstedProviders,
            LookedAfterEarlier = lookedAfterEarlier,
        };

    private static string? Configured(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{Ssda903Options.Section}:{option} names '{path}', which does not exist.", path);
    }
}
