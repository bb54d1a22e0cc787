using System.Text;
using Hearth.Core.Returns.CinCensus;

namespace Hearth.Core.Returns.Ssda903.Csv;

/// <summary>
/// Writes an SSDA903 return as the DfE's CSV files: one per table, each starting with the table's
/// exact header (the validator identifies a file by it), UTF-8 without a byte order mark, values
/// quoted as RFC 4180 says when they hold a comma, a quote mark or a line break.
/// </summary>
/// <remarks>
/// Lines end with LF, not RFC 4180's CRLF: the DfE validator (pandas) and Excel read either, and LF
/// is what the repository's .editorconfig asks of every file, so the test fixtures stay byte for
/// byte what the writer gives when they are edited or checked out on any machine. The reader
/// accepts both.
/// </remarks>
public static class Ssda903CsvWriter
{
    public const string NewLine = "\n";

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Writes every table of <paramref name="year"/>'s return into <paramref name="directory"/>
    /// (created if need be), a header-only file for an empty table; DoLo from 2026-27 and
    /// SWEpisodes from 2023-24, as the DfE added them. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Write(Ssda903Return ret, string directory, CensusYear year)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var table in Ssda903Columns.For(year.StartYear))
        {
            var path = Path.Combine(directory, table.FileName);
            using (var writer = new StreamWriter(path, append: false, Utf8))
            {
                WriteTable(writer, table, table.RowsOf(ret));
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>One table, header then rows, to <paramref name="writer"/>.</summary>
    public static void WriteTable<TRow>(TextWriter writer, IEnumerable<TRow> rows)
        where TRow : Ssda903Row, new() =>
        WriteTable(writer, Ssda903Columns.All.Single(t => t.RowType == typeof(TRow)), rows);

    /// <summary>One table, header then rows, to <paramref name="writer"/>.</summary>
    public static void WriteTable(TextWriter writer, Ssda903CsvTable table, IEnumerable<Ssda903Row> rows)
    {
        writer.Write(table.HeaderLine);
        writer.Write(NewLine);
        foreach (var row in rows)
        {
            if (row.GetType() != table.RowType)
            {
                throw new ArgumentException($"A {row.GetType().Name} is not a row of the {table.Name} table.", nameof(rows));
            }

            var values = table.Values(row);
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                WriteValue(writer, values[i]);
            }

            writer.Write(NewLine);
        }
    }

    /// <summary>One table as a string, header then rows: for tests and downloads of a single table.</summary>
    public static string ToCsv(Ssda903CsvTable table, IEnumerable<Ssda903Row> rows)
    {
        using var writer = new StringWriter();
        WriteTable(writer, table, rows);
        return writer.ToString();
    }

    private static void WriteValue(TextWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
