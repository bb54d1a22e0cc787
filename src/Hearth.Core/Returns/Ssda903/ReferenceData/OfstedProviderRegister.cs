namespace Hearth.Core.Returns.Ssda903.ReferenceData;

/// <summary>
/// Ofsted's register of children's social care providers (the "Children's social care providers and places" list,
/// and the URN look-up lists the DfE validator reads: children's homes and social care providers), loaded from a CSV
/// export, for the URN rules (219, 221, 224, 227, 228, 229).
/// </summary>
/// <remarks>
/// Columns read (header names in any case; the first one found of each; the others are read past):
/// <list type="bullet">
/// <item><c>URN</c> (required);</item>
/// <item>placement types: <c>Placement code</c>, <c>Provider Placement Code</c> or <c>Placement codes</c>: 903 PLACE
/// codes separated by "/", "," or spaces ("K2/R1"); when the file has no such column, or the cell is empty, they are
/// read from <c>Provider type</c> where it says plainly (<see cref="PlacementsByProviderType"/>), else not known;</item>
/// <item>provider codes: <c>Placement provider code</c>, <c>Provider Code</c> or <c>Provider codes</c> ("PR4", "PR1/PR2");
/// not known when absent;</item>
/// <item>registration: <c>Registration date</c>; its end: <c>Deregistration date</c>, <c>Closed date</c>,
/// <c>Closure date</c> or <c>Date closed</c> (dd/mm/yyyy or yyyy-mm-dd);</item>
/// <item>the setting's postcode: <c>Setting postcode</c>, <c>Setting address postcode</c> or <c>Postcode</c>;</item>
/// <item>its authority: <c>Local authority</c> or <c>Provider local authority</c> (a name, shown, not compared: the
/// LA the rules compare is derived from the postcode, as the DfE validator does).</item>
/// </list>
/// A URN given twice (a current and a closed sheet joined) keeps its first row.
/// </remarks>
public sealed class OfstedProviderRegister : IOfstedProviders
{
    /// <summary>The placement types a provider type can only mean, for a register without placement codes.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PlacementsByProviderType =
        new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["Children's home"] = ["K2"],
            ["Secure children's home"] = ["K1"],
            ["Residential family centre"] = ["R3"],
            ["Residential special school"] = ["S1"],
            ["Residential holiday scheme for disabled children"] = ["K2"],
            ["Supported accommodation"] = ["K3"],
            ["Independent fostering agency"] = ["U1", "U2", "U3", "U4", "U5", "U6"],
            ["Voluntary adoption agency"] = ["A3", "A4", "A5", "A6"],
        };

    private static readonly char[] Separators = ['/', ',', ' ', ';'];

    private readonly Dictionary<string, OfstedProvider> _providers;

    private OfstedProviderRegister(Dictionary<string, OfstedProvider> providers) => _providers = providers;

    public int Count => _providers.Count;

    public static OfstedProviderRegister Load(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Load(reader, Path.GetFileName(path));
    }

    public static OfstedProviderRegister Load(TextReader text, string fileName = "Ofsted providers")
    {
        var csv = ReferenceCsv.Open(text, fileName);
        var urn = csv.Required("URN", "URN");
        var places = csv.Column("Placement code", "Provider Placement Code", "Placement codes");
        var providerCodes = csv.Column("Placement provider code", "Provider Code", "Provider codes");
        var type = csv.Column("Provider type");
        var registered = csv.Column("Registration date");
        var closed = csv.Column("Deregistration date", "Closed date", "Closure date", "Date closed");
        var postcode = csv.Column("Setting postcode", "Setting address postcode", "Postcode");
        var authority = csv.Column("Local authority", "Provider local authority");

        var providers = new Dictionary<string, OfstedProvider>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in csv.Records())
        {
            if (ReferenceCsv.Cell(record, urn) is not { } id)
            {
                continue;
            }

            var placeCodes = Codes(ReferenceCsv.Cell(record, places))
                ?? (ReferenceCsv.Cell(record, type) is { } t && PlacementsByProviderType.TryGetValue(t, out var byType) ? byType.ToHashSet() : null);
            providers.TryAdd(id, new OfstedProvider(id, placeCodes, Codes(ReferenceCsv.Cell(record, providerCodes)),
                ReferenceCsv.Date(ReferenceCsv.Cell(record, registered)), ReferenceCsv.Date(ReferenceCsv.Cell(record, closed)),
                ReferenceCsv.Cell(record, postcode), ReferenceCsv.Cell(record, authority)));
        }

        return new OfstedProviderRegister(providers);
    }

    public OfstedProvider? Find(string urn) => _providers.GetValueOrDefault(urn.Trim());

    private static HashSet<string>? Codes(string? cell) =>
        cell?.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).ToHashSet() is { Count: > 0 } codes ? codes : null;
}
