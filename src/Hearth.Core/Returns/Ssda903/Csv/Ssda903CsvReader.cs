using System.Globalization;
using System.Text;
using Hearth.Core.Returns.Ssda903.Rules;
using Utf8Text = System.Text.Unicode.Utf8;

namespace Hearth.Core.Returns.Ssda903.Csv;

/// <summary>
/// Reads the DfE's SSDA903 CSV files into an <see cref="Ssda903Return"/>. Each file's table is
/// found from its header line, as the DfE validator does: the exact columns of one table in their
/// exact order (spaces around a name and a UTF-8 byte order mark are allowed), whatever the file is called.
/// </summary>
/// <remarks>
/// Values are kept as the text the file gives, trimmed, an empty cell being null: dates and codes
/// are not checked here, because the rules exist to report them (1004 "not a valid date"...).
/// What stops the files being read at all is an error, and then no return is given: a header that
/// is no table's, two files for one table, a row with the wrong number of cells, a quote mark never
/// closed, bytes that are not UTF-8 (checked strictly, so "Zoé" saved as Latin-1 is refused rather
/// than turned into "Zo?"), and a file over <see cref="Ssda903ReadOptions.MaxBytes"/>.
/// Lines may end in CRLF, LF or CR; an empty line is read past with a warning.
/// </remarks>
public static class Ssda903CsvReader
{
    public static Ssda903ReadResult Read(IEnumerable<(string FileName, Stream Content)> files, Ssda903ReadOptions? options = null)
    {
        options ??= Ssda903ReadOptions.Default;
        var problems = new Problems(options.MaxErrors);
        var ret = new Ssda903Return();
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        var fileFor = new Dictionary<Ssda903CsvTable, string>();

        foreach (var (fileName, content) in files)
        {
            if (problems.Full)
            {
                break;
            }

            var text = ReadText(fileName, content, options.MaxBytes, problems);
            if (text is null)
            {
                continue;
            }

            var parser = new CsvParser(text);
            if (!parser.Next(out var headerCells, out var error, 0, fileName))
            {
                problems.Error(fileName, 0, error ?? $"The file '{fileName}' is empty: it has no header line, so Hearth cannot tell which table it is.");
                continue;
            }

            var table = Identify(fileName, headerCells, problems);
            if (table is null)
            {
                continue;
            }

            if (fileFor.TryGetValue(table, out var first))
            {
                problems.Error(fileName, 0,
                    $"The files '{first}' and '{fileName}' are both for the {table.Name} table. Upload one file for each table.");
                continue;
            }

            fileFor[table] = fileName;
            tables[fileName] = table.Name;
            ReadRows(fileName, table, parser, ret, problems);
        }

        foreach (var required in new Ssda903CsvTable[] { Ssda903Columns.Header, Ssda903Columns.Episodes })
        {
            if (!fileFor.ContainsKey(required) && problems.Errors.Count == 0)
            {
                problems.Warning("", 0, $"There is no file for the {required.Name} table ({required.HeaderLine}). The DfE needs one.");
            }
        }

        if (fileFor.ContainsKey(Ssda903Columns.Uasc))
        {
            SetUascFlags(ret);
        }

        return new Ssda903ReadResult(ret, tables, problems.Errors, problems.Warnings);
    }

    /// <summary>
    /// The CSV header has no UASC column (the XML header has): a child with a row in the UASC table is UASC (1), one
    /// without is not (0), as the DfE validator's CSV ingress sets it. Only when the UASC file was given: without it
    /// the flag stays unknown and the UASC rules (205A-D, 303) pass the child by.
    /// </summary>
    internal static void SetUascFlags(Ssda903Return ret)
    {
        var uasc = ret.Uasc.Where(u => u.CHILD.IsFilled()).Select(u => u.CHILD!.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var header in ret.Header)
        {
            header.UASC = header.CHILD.IsFilled() && uasc.Contains(header.CHILD!.Trim()) ? "1" : "0";
        }
    }

    /// <summary>Reads every .csv file in <paramref name="directory"/>, in name order.</summary>
    public static Ssda903ReadResult ReadDirectory(string directory, Ssda903ReadOptions? options = null)
    {
        var paths = Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal).ToList();
        var streams = new List<Stream>();
        try
        {
            foreach (var path in paths)
            {
                streams.Add(File.OpenRead(path));
            }

            return Read(paths.Select((path, i) => (Path.GetFileName(path), streams[i])), options);
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }
    }

    private static Ssda903CsvTable? Identify(string fileName, IReadOnlyList<string> headerCells, Problems problems)
    {
        var names = headerCells.Select(c => c.Trim()).ToList();
        var table = Ssda903Columns.All.FirstOrDefault(t => t.Columns.SequenceEqual(names, StringComparer.Ordinal));
        if (table is not null)
        {
            return table;
        }

        var reordered = Ssda903Columns.All.FirstOrDefault(t =>
            t.Columns.Count == names.Count && t.Columns.Order(StringComparer.Ordinal).SequenceEqual(names.Order(StringComparer.Ordinal)));
        problems.Error(fileName, 0, reordered is not null
            ? $"The file '{fileName}' has the columns of the {reordered.Name} table in a different order. " +
              $"The DfE identifies the table by its exact header, so the columns must be in this order: {string.Join(", ", reordered.Columns)}."
            : $"The file '{fileName}' has columns {string.Join(", ", names)}, which are not the columns of any SSDA903 table.");
        return null;
    }

    private static void ReadRows(string fileName, Ssda903CsvTable table, CsvParser parser, Ssda903Return ret, Problems problems)
    {
        var row = 0;
        var blankAfter = -1;
        while (!problems.Full)
        {
            var blanksBefore = parser.BlankLines;
            var more = parser.Next(out var cells, out var error, row + 1, fileName);
            if (parser.BlankLines > blanksBefore && blankAfter < 0)
            {
                blankAfter = row;
            }

            if (error is not null)
            {
                problems.Error(fileName, row + 1, error);
                return;
            }

            if (!more)
            {
                return;
            }

            row++;
            if (blankAfter >= 0)
            {
                problems.Warning(fileName, row, blankAfter == 0
                    ? $"The file '{fileName}' has an empty line after its header line, which Hearth read past."
                    : $"The file '{fileName}' has an empty line after row {blankAfter}, which Hearth read past.");
                blankAfter = -1;
            }

            if (cells.Count != table.Columns.Count)
            {
                problems.Error(fileName, row,
                    $"Row {row} of '{fileName}' has {Count(cells.Count, "value")}, but the {table.Name} table has {Count(table.Columns.Count, "column")}. " +
                    "Check for a missing or extra comma, or a value with a comma in it that is not in quote marks.");
                continue;
            }

            table.Add(ret, row, [.. cells.Select(c => c.Trim() is { Length: > 0 } value ? value : null)]);
        }
    }

    /// <summary>The file's text, or null (with the error) when it is too big or not UTF-8.</summary>
    private static string? ReadText(string fileName, Stream content, long maxBytes, Problems problems)
    {
        var tooBig = $"The file '{fileName}' is larger than {Size(maxBytes)}, the largest SSDA903 file Hearth reads. Check it is the right file.";
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            problems.Error(fileName, 0, tooBig);
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                problems.Error(fileName, 0, tooBig);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8Text.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return new string(chars, 0, charsWritten);
        }

        // The row the bad byte is in: the rows complete before it (the header being row 0).
        var before = new CsvParser(new string(chars, 0, charsWritten));
        var complete = -1;
        while (before.Next(out _, out var error) && error is null)
        {
            complete++;
        }

        var row = Math.Max(0, before.EndsMidRecord ? complete : complete + 1);
        var where = row == 0 ? "its header line" : $"row {row}";
        problems.Error(fileName, row,
            $"The file '{fileName}' is not saved as UTF-8 text: {where} has a character Hearth cannot read " +
            $"(byte 0x{bytes[bytesRead]:X2}). Save it as 'CSV UTF-8' and upload it again.");
        return null;
    }

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0
            ? $"{(bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB"
            : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

    private sealed class Problems(int maxErrors)
    {
        public List<Ssda903ReadProblem> Errors { get; } = [];
        public List<Ssda903ReadProblem> Warnings { get; } = [];
        public bool Full { get; private set; }

        public void Error(string fileName, int row, string message)
        {
            if (Full)
            {
                return;
            }

            Errors.Add(new(fileName, row, message));
            if (Errors.Count >= maxErrors)
            {
                Full = true;
                Errors.Add(new(fileName, row, $"Hearth stopped reading after {Count(maxErrors, "problem")}. Put these right and upload the files again."));
            }
        }

        public void Warning(string fileName, int row, string message) => Warnings.Add(new(fileName, row, message));
    }

    /// <summary>
    /// RFC 4180 records from the text: cells split on commas, a cell in quote marks may hold commas,
    /// line breaks and doubled quote marks. Spaces around a quoted cell are allowed (the reader trims values).
    /// </summary>
    private sealed class CsvParser(string text)
    {
        private int _pos;

        public int BlankLines { get; private set; }

        /// <summary>The text ended inside a record (no line break after the last cell).</summary>
        public bool EndsMidRecord { get; private set; }

        /// <summary>The next record; false at the end of the text or on an error (then <paramref name="error"/> says why).</summary>
        public bool Next(out List<string> cells, out string? error, int row = 0, string fileName = "")
        {
            cells = [];
            error = null;
            while (_pos < text.Length && IsBlankLine())
            {
                BlankLines++;
            }

            if (_pos >= text.Length)
            {
                return false;
            }

            var cell = new StringBuilder();
            while (true)
            {
                cell.Clear();
                var start = _pos;
                while (_pos < text.Length && text[_pos] is ' ' or '\t')
                {
                    _pos++;
                }

                if (_pos < text.Length && text[_pos] == '"')
                {
                    _pos++;
                    while (true)
                    {
                        var quote = text.IndexOf('"', _pos);
                        if (quote < 0)
                        {
                            error = $"{Where(row, fileName)} has a quote mark (\") that is never closed, so Hearth cannot tell where the row ends. " +
                                    "Close the quote mark, or remove it.";
                            _pos = text.Length;
                            return false;
                        }

                        cell.Append(text, _pos, quote - _pos);
                        _pos = quote + 1;
                        if (_pos < text.Length && text[_pos] == '"')
                        {
                            cell.Append('"');
                            _pos++;
                            continue;
                        }

                        break;
                    }

                    while (_pos < text.Length && text[_pos] is ' ' or '\t')
                    {
                        _pos++;
                    }

                    if (_pos < text.Length && text[_pos] is not (',' or '\r' or '\n'))
                    {
                        error = $"{Where(row, fileName)} has text after the closing quote mark of a value. " +
                                "A value in quote marks must be followed by a comma or the end of the line; write a quote mark inside a value as two (\"\").";
                        _pos = text.Length;
                        return false;
                    }
                }
                else
                {
                    _pos = start;
                    while (_pos < text.Length && text[_pos] is not (',' or '\r' or '\n'))
                    {
                        _pos++;
                    }

                    cell.Append(text, start, _pos - start);
                }

                cells.Add(cell.ToString());
                if (_pos >= text.Length)
                {
                    EndsMidRecord = true;
                    return true;
                }

                if (text[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                SkipLineBreak();
                return true;
            }
        }

        private static string Where(int row, string fileName) =>
            row == 0 ? $"The header line of '{fileName}'" : $"Row {row} of '{fileName}'";

        private bool IsBlankLine()
        {
            var end = _pos;
            while (end < text.Length && text[end] is ' ' or '\t')
            {
                end++;
            }

            if (end < text.Length && text[end] is not ('\r' or '\n'))
            {
                return false;
            }

            _pos = end;
            SkipLineBreak();
            return true;
        }

        private void SkipLineBreak()
        {
            if (_pos < text.Length && text[_pos] == '\r')
            {
                _pos++;
            }

            if (_pos < text.Length && text[_pos] == '\n')
            {
                _pos++;
            }
        }
    }
}
