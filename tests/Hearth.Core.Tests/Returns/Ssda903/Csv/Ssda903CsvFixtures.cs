using System.Text;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;

namespace Hearth.Core.Tests.Returns.Ssda903.Csv;

/// <summary>
/// The synthetic 2026-27 return in Fixtures/ssda903-synthetic-2026-27: six children, every table,
/// the two example episode rows of statutory-data.md B.1 (child 566910), LF line endings as the writer writes.
/// </summary>
public static class Ssda903CsvFixtures
{
    public static readonly CensusYear Year = new(2026);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Returns", "Ssda903", "Fixtures", "ssda903-synthetic-2026-27");

    public static Ssda903ReadResult ReadFixture() => Ssda903CsvReader.ReadDirectory(Directory);

    /// <summary>Reads files given as text (UTF-8), named as given.</summary>
    public static Ssda903ReadResult ReadText(params (string FileName, string Text)[] files) =>
        ReadBytes([.. files.Select(f => (f.FileName, Encoding.UTF8.GetBytes(f.Text)))]);

    public static Ssda903ReadResult ReadBytes(params (string FileName, byte[] Bytes)[] files) => ReadBytes(null, files);

    public static Ssda903ReadResult ReadBytes(Ssda903ReadOptions? options, params (string FileName, byte[] Bytes)[] files) =>
        Ssda903CsvReader.Read([.. files.Select(f => (f.FileName, (Stream)new MemoryStream(f.Bytes)))], options);

    /// <summary>Every row of every table as "Table|Row|value|value...", null shown as "~": what two returns are compared by.</summary>
    public static IReadOnlyList<string> Snapshot(Ssda903Return ret) =>
        [.. Ssda903Columns.All.SelectMany(table => table.RowsOf(ret).Select(row =>
            $"{table.Name}|{row.Row}|{string.Join('|', table.Values(row).Select(v => v ?? "~"))}"))];

    public static Ssda903Return Readable(this Ssda903ReadResult result)
    {
        if (result.Return is null)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors.Select(e => $"{e.FileName} {e.Row}: {e.Message}")));
        }

        return result.Return;
    }
}
