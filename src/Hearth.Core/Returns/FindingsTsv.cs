using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;

namespace Hearth.Core.Returns;

/// <summary>
/// Findings as tab-separated text, one finding a line, for analysts' spreadsheets: the CIN census in the
/// DfE validator's columns ("nan" for a missing value, as cin-census-2024-sample.expected.tsv writes it),
/// the 903 with the row in its table. The page's download and the CLI's --findings write the same text.
/// </summary>
public static class FindingsTsv
{
    public static void Write(TextWriter writer, IEnumerable<CensusFinding> findings)
    {
        writer.Write("LAchildID\trule_code\ttable\tcolumn\tvalue_flagged\tmessage\n");
        foreach (var f in findings)
        {
            writer.Write($"{Cell(f.LaChildId ?? "nan")}\t{f.RuleCode}\t{f.Table}\t{f.Field}\t{Cell(f.Value ?? "nan")}\t{Cell(f.Message)}\n");
        }
    }

    public static void Write(TextWriter writer, IEnumerable<Ssda903Finding> findings)
    {
        writer.Write("CHILD\trule_code\ttable\trow\tcolumn\tvalue\tmessage\n");
        foreach (var f in findings)
        {
            writer.Write($"{Cell(f.Child)}\t{f.RuleCode}\t{f.Table}\t{f.Row}\t{f.Field}\t{Cell(f.Value)}\t{Cell(f.Message)}\n");
        }
    }

    /// <summary>A value as one cell: a tab or line break in it would break the columns.</summary>
    private static string Cell(string? value) => (value ?? "").Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
