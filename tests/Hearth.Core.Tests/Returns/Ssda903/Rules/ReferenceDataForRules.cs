using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

/// <summary>
/// The reference data the URN, placement-LA and UASC rules look things up in: a postcode table with LAs (Hertfordshire
/// is the authority; Luton and Cardiff are elsewhere), Ofsted's register with the test return's URN, and the contexts.
/// </summary>
public static class ReferenceDataForRules
{
    public const string Own = "E10000015";

    public sealed class Postcodes : IPostcodeLocations
    {
        private static readonly Dictionary<string, string> Authorities = new(StringComparer.OrdinalIgnoreCase)
        {
            ["AL1 1AA"] = "E10000015",
            ["AL2 2BB"] = "E10000015",
            ["LU1 3CD"] = "E06000032",
            ["CF10 1AA"] = "W06000015",
        };

        public (double Latitude, double Longitude)? Find(string postcode) => Authorities.ContainsKey(postcode.Trim()) ? (51.7, -0.3) : null;

        public string? LocalAuthority(string postcode) => Authorities.GetValueOrDefault(postcode.Trim());
    }

    public sealed class Register(params OfstedProvider[] providers) : IOfstedProviders
    {
        public OfstedProvider? Find(string urn) => providers.FirstOrDefault(p => p.Urn == urn);
    }

    /// <summary>The test return's provider: SC123456, fostering U4 with own provision PR1, in AL2 2BB, registered since 2010.</summary>
    public static OfstedProvider Provider(string urn = "SC123456", string[]? places = null, string[]? providers = null,
        DateOnly? closed = null, string? postcode = "AL2 2BB") =>
        new(urn, (places ?? ["U4", "U5", "U6"]).ToHashSet(), (providers ?? ["PR1"]).ToHashSet(), new DateOnly(2010, 1, 4), closed, postcode, "Hertfordshire");

    public static IReadOnlyList<Ssda903Finding> CheckWith(Ssda903Rule rule, Ssda903Return current, Ssda903Return? previous = null,
        IOfstedProviders? ofsted = null, bool postcodes = true, string? la = Own) =>
        [.. rule.Check(new Ssda903Context(current, Ssda903TestData.Year, previous, postcodes ? new Postcodes() : null)
        {
            LocalAuthority = la,
            OfstedProviders = ofsted,
        })];

    public static IEnumerable<(string? Child, string Table, int Row, string Field, string? Value)> Cells(this IEnumerable<Ssda903Finding> findings) =>
        findings.Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value));
}
