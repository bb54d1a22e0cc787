namespace Hearth.Core.Returns.Ssda903.ReferenceData;

/// <summary>
/// The authority's postcode table, from the ONS Postcode Directory (ONSPD, published quarterly by the ONS Geography
/// portal as CSV): where each postcode is, for the placement distance (164, 392c, 454, 503G...), and the local
/// authority it is in, for the placement's LA and location (229, 411, 420, 452, 503H, 503J, 1015).
/// </summary>
/// <remarks>
/// Columns read (header names in any case; the others are read past):
/// <list type="bullet">
/// <item>the postcode: <c>pcds</c> (one space: "AL1 1AA"), else <c>pcd</c>, <c>pcd7</c>, <c>pcd2</c> or <c>pcd8</c>;
/// matched whatever its spacing and case;</item>
/// <item><c>lat</c> and <c>long</c>: degrees (WGS84); ONS writes 99.999999 for a postcode with no grid reference, read as no location;</item>
/// <item><c>oslaua</c> (or <c>ladNNcd</c> in newer releases): the district or unitary authority;</item>
/// <item><c>oscty</c> (or <c>ctyNNcd</c>), when there: the county in a two-tier area (E10...; E99999999 elsewhere).</item>
/// </list>
/// The LA a postcode gives is the one responsible for children's services: the county in a two-tier area, else the
/// district (a unitary, metropolitan or London borough; W06, S12, N09 outside England). The authority's LA code
/// (Ssda903:LaCode) must be in the same form. The full directory has some 2.7 million postcodes, most of them
/// terminated; the table keeps them all (a placement may be years old), in a few hundred megabytes: an authority
/// may load a cut-down file with the same columns.
/// </remarks>
public sealed class OnsPostcodeDirectory : IPostcodeLocations
{
    private readonly Dictionary<string, Entry> _entries;

    private OnsPostcodeDirectory(Dictionary<string, Entry> entries) => _entries = entries;

    public int Count => _entries.Count;

    public static OnsPostcodeDirectory Load(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Load(reader, Path.GetFileName(path));
    }

    public static OnsPostcodeDirectory Load(TextReader text, string fileName = "ONSPD")
    {
        var csv = ReferenceCsv.Open(text, fileName);
        var postcode = csv.Required("postcode", "pcds", "pcd", "pcd7", "pcd2", "pcd8");
        var lat = csv.Column("lat");
        var lon = csv.Column("long");
        var district = csv.Column("oslaua") ?? csv.ColumnWhere(n => n.Length == 7 && n.StartsWith("lad", StringComparison.Ordinal) && n.EndsWith("cd", StringComparison.Ordinal));
        var county = csv.Column("oscty") ?? csv.ColumnWhere(n => n.Length == 7 && n.StartsWith("cty", StringComparison.Ordinal) && n.EndsWith("cd", StringComparison.Ordinal));
        if ((lat is null || lon is null) && district is null)
        {
            throw new InvalidDataException($"The file '{fileName}' has neither lat and long nor oslaua columns: it is not the ONS Postcode Directory.");
        }

        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var record in csv.Records())
        {
            if (ReferenceCsv.Cell(record, postcode) is not { } pc)
            {
                continue;
            }

            (double, double)? location = null;
            if (double.TryParse(ReferenceCsv.Cell(record, lat), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var la)
                && double.TryParse(ReferenceCsv.Cell(record, lon), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var lo)
                && Math.Abs(la) <= 90 && la < 99)
            {
                location = (la, lo);
            }

            var authority = ReferenceCsv.Cell(record, county) is { } cty && cty.StartsWith("E10", StringComparison.Ordinal)
                ? cty
                : ReferenceCsv.Cell(record, district);
            string? shared = null;
            if (authority is not null && !codes.TryGetValue(authority, out shared))
            {
                codes[authority] = shared = authority;
            }

            entries[Key(pc)] = new Entry(location, shared);
        }

        return new OnsPostcodeDirectory(entries);
    }

    public (double Latitude, double Longitude)? Find(string postcode) =>
        _entries.TryGetValue(Key(postcode), out var entry) ? entry.Location : null;

    public string? LocalAuthority(string postcode) =>
        _entries.TryGetValue(Key(postcode), out var entry) ? entry.Authority : null;

    /// <summary>The postcode without spaces, in capitals: "al1 1aa", "AL11AA" and "AL1  1AA" are one postcode.</summary>
    private static string Key(string postcode) => string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private readonly record struct Entry((double Latitude, double Longitude)? Location, string? Authority);
}
