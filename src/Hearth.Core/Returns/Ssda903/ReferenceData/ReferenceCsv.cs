using System.Globalization;
using System.Text;

namespace Hearth.Core.Returns.Ssda903.ReferenceData;

/// <summary>
/// The published CSV files the 903 reference data comes from (the ONS Postcode Directory, Ofsted's register), read
/// record by record so that a file of millions of rows is never held whole: a header line naming the columns (found
/// whatever their case), then RFC 4180 records (a quoted value may hold commas, doubled quote marks and line breaks).
/// </summary>
internal sealed class ReferenceCsv
{
    private readonly TextReader _reader;
    private readonly Dictionary<string, int> _columns;

    private ReferenceCsv(TextReader reader, string fileName)
    {
        _reader = reader;
        FileName = fileName;
        var header = NextRecord() ?? throw new InvalidDataException($"The file '{fileName}' is empty: it has no header line.");
        _columns = header.Select((name, i) => (Name: name.Trim().TrimStart('\uFEFF'), i))
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
    }

    public string FileName { get; }

    public static ReferenceCsv Open(TextReader reader, string fileName) => new(reader, fileName);

    /// <summary>The index of the first of <paramref name="names"/> the header has (any case), or null.</summary>
    public int? Column(params string[] names) =>
        names.Select(n => _columns.TryGetValue(n, out var i) ? i : (int?)null).FirstOrDefault(i => i is not null);

    /// <summary>The index of the first header name matching <paramref name="match"/> (for names that carry a year: lad25cd), or null.</summary>
    public int? ColumnWhere(Func<string, bool> match) =>
        _columns.Where(c => match(c.Key.ToLowerInvariant())).OrderBy(c => c.Value).Select(c => (int?)c.Value).FirstOrDefault();

    public int Required(string what, params string[] names) =>
        Column(names) ?? throw new InvalidDataException(
            $"The file '{FileName}' has no {what} column: Hearth looks for one headed {string.Join(" or ", names)}.");

    /// <summary>The records after the header, each as its values.</summary>
    public IEnumerable<string[]> Records()
    {
        while (NextRecord() is { } record)
        {
            if (record.Length > 1 || record[0].Length > 0)
            {
                yield return record;
            }
        }
    }

    public static string? Cell(string[] record, int? column) =>
        column is { } i && i < record.Length && record[i].Trim() is { Length: > 0 } value ? value : null;

    private static readonly string[] DateFormats =
        ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "dd-MM-yyyy"];

    /// <summary>A date as the published files write them (dd/mm/yyyy, or ISO yyyy-mm-dd, with or without a time), or null.</summary>
    public static DateOnly? Date(string? text) =>
        DateTime.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateOnly.FromDateTime(date)
            : null;

    private string[]? NextRecord()
    {
        var line = _reader.ReadLine();
        if (line is null)
        {
            return null;
        }

        var values = new List<string>();
        var value = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (true)
        {
            if (i >= line.Length)
            {
                if (quoted && _reader.ReadLine() is { } more)
                {
                    value.Append('\n');
                    line = more;
                    i = 0;
                    continue;
                }

                values.Add(value.ToString());
                return [.. values];
            }

            var c = line[i++];
            if (quoted)
            {
                if (c != '"')
                {
                    value.Append(c);
                }
                else if (i < line.Length && line[i] == '"')
                {
                    value.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                values.Add(value.ToString());
                value.Clear();
            }
            else
            {
                value.Append(c);
            }
        }
    }
}
