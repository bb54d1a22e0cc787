using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Hearth.Core.Returns.CinCensus.Xml;

namespace Hearth.Core.Tests.Returns.CinCensus;

/// <summary>
/// The DfE sample file (Fixtures/cin-census-2024-sample.xml), read with the census reader, and the
/// findings the DfE rules give on it as the D2I validator reports them (…expected.tsv). Validated as
/// a 2024-25 return, as the acceptance asks: its ReferenceDate 2024-03-31 is then wrong (rule 100)
/// and its own period, 1 April 2023 to 31 March 2024, is what the other rules check against.
/// </summary>
public static class CensusSampleFile
{
    public static readonly CensusYear ReturnYear = new(2024);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Returns", "CinCensus", "Fixtures", name);

    public static CensusMessage Message()
    {
        using var stream = File.OpenRead(Fixture("cin-census-2024-sample.xml"));
        return CinCensusXmlReader.Read(stream).Message ?? throw new InvalidOperationException("The DfE sample no longer reads.");
    }

    /// <summary>One rule's findings on the sample, as sorted (child, table, field, value) rows.</summary>
    public static IReadOnlyList<(string? Child, string Table, string Field, string? Value)> Rows(CinCensusRule rule) =>
        [.. rule.Check(new CensusContext(Message(), ReturnYear)).Distinct().Select(f => (f.LaChildId, f.Table, f.Field, f.Value)).Order()];

    /// <summary>The expected rows, "nan" read as a missing value; all of them, or one rule code's.</summary>
    public static IReadOnlyList<(string? Child, string Rule, string Table, string Field, string? Value)> Expected() =>
        [.. File.ReadLines(Fixture("cin-census-2024-sample.expected.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => (Nan(cells[0]), cells[1], cells[2], cells[3], Nan(cells[4])))
            .Order()];

    public static IReadOnlyList<(string? Child, string Table, string Field, string? Value)> Expected(string code) =>
        [.. Expected().Where(row => row.Rule == code).Select(row => (row.Child, row.Table, row.Field, row.Value))];

    private static string? Nan(string cell) => cell == "nan" ? null : cell;
}
