using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Rules;
using Utf8Text = System.Text.Unicode.Utf8;

namespace Hearth.Core.Returns.Ssda903.Xml;

/// <summary>
/// Reads the XML form of the SSDA903 return (<see cref="Ssda903Xml"/>) into an <see cref="Ssda903Return"/>, as the
/// CSV reader does the CSV files: values kept as the text given, trimmed, an empty element being null, because the
/// rules exist to report bad dates and codes. Each problem's <see cref="Ssda903ReadProblem.Row"/> is the file's line.
/// </summary>
/// <remarks>
/// Refused, with no return given: a file over <see cref="Ssda903ReadOptions.MaxBytes"/> (checked before it is read,
/// and again while reading); bytes that are not UTF-8; a document type declaration (so no external entity can be
/// fetched and no entity expanded: the "billion laughs"); XML that is not well formed or is cut short; a root other
/// than EXPSSDA903; and any element the schema does not have where it stands (a misspelt or misplaced item would
/// otherwise be lost without a word). Attributes are read past. The rows of Reviews, Missing, OC2, PrevPerm,
/// PlacedAdoption, AD1, OC3 and UASC take the child's DOB (and UASC's SEX) from the header. A child is in the UASC
/// table when the header has UASC 1 or a DUC element; in AD1 or OC3 when any of that table's items is there.
/// </remarks>
public static class Ssda903XmlReader
{
    private static readonly HashSet<string> HeaderItems =
        [.. Ssda903Xml.HeaderStart, "DUC", .. Ssda903Xml.Ad1Items, .. Ssda903Xml.Oc3Items, .. Ssda903Xml.MotherItems];

    private static readonly Dictionary<string, string[]> HeaderGroups = new(StringComparer.Ordinal)
    {
        [Ssda903Xml.Missing] = Ssda903Xml.MissingItems,
        [Ssda903Xml.Review] = Ssda903Xml.ReviewItems,
        [Ssda903Xml.Permanence] = Ssda903Xml.PermanenceItems,
        [Ssda903Xml.Oc2] = Ssda903Xml.Oc2Items,
        [Ssda903Xml.PlacedAdoption] = Ssda903Xml.PlacedAdoptionItems,
    };

    public static Ssda903ReadResult Read(string fileName, Stream content, Ssda903ReadOptions? options = null)
    {
        options ??= Ssda903ReadOptions.Default;
        var problems = new Problems(fileName, options.MaxErrors);
        var ret = new Ssda903Return();
        var text = ReadText(fileName, content, options.MaxBytes, problems);
        if (text is not null)
        {
            Parse(fileName, text, options, ret, problems);
        }

        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (problems.Errors.Count == 0)
        {
            tables[fileName] = Ssda903Xml.Root;
        }

        return new Ssda903ReadResult(ret, tables, problems.Errors, []);
    }

    public static Ssda903ReadResult ReadFile(string path, Ssda903ReadOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return Read(Path.GetFileName(path), stream, options);
    }

    private static void Parse(string fileName, string text, Ssda903ReadOptions options, Ssda903Return ret, Problems problems)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype >= 0)
        {
            problems.Error(LineOf(text, doctype),
                $"The file '{fileName}' has a document type declaration (<!DOCTYPE ...>) on line {LineOf(text, doctype)}. " +
                "An SSDA903 file never needs one, and Hearth refuses them because they can make a reader fetch other files or expand text without end. Remove it and upload the file again.");
            return;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = options.MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };

        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            reader.MoveToContent();
            if (reader.LocalName != Ssda903Xml.Root)
            {
                problems.Error(Line(reader),
                    $"The file '{fileName}' is not an SSDA903 XML file: it starts with <{reader.LocalName}>, not <{Ssda903Xml.Root}>.");
                return;
            }

            if (reader.IsEmptyElement)
            {
                return;
            }

            reader.Read();
            while (!reader.EOF && !problems.Full && reader.NodeType != XmlNodeType.EndElement)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == Ssda903Xml.Child)
                {
                    XElement child;
                    using (var subtree = reader.ReadSubtree())
                    {
                        child = XElement.Load(subtree, LoadOptions.SetLineInfo);
                    }

                    reader.Read();
                    ReadChild(child, ret, problems);
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    problems.Error(Line(reader), Unknown(reader.LocalName, Ssda903Xml.Root, Line(reader), $"only <{Ssda903Xml.Child}> elements"));
                    reader.Skip();
                }
                else
                {
                    problems.Error(Line(reader), $"Line {Line(reader)} has text directly inside <{Ssda903Xml.Root}>, outside any <{Ssda903Xml.Child}>. Remove it.");
                    reader.Read();
                }
            }

            // Reads to the end, so that a second root or anything after the root is refused.
            while (!problems.Full && reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            problems.Error(e.LineNumber,
                $"The file '{fileName}' is not complete, well-formed XML: line {e.LineNumber.ToString(CultureInfo.InvariantCulture)}, " +
                $"position {e.LinePosition.ToString(CultureInfo.InvariantCulture)}: {e.Message} Check the file was saved in full and upload it again.");
        }
    }

    private static void ReadChild(XElement child, Ssda903Return ret, Problems problems)
    {
        TextOutsideItems(child, problems);
        var elements = child.Elements().ToList();
        if (elements.Count == 0 || elements[0].Name.LocalName != Ssda903Xml.Header)
        {
            problems.Error(Line(child), $"The <{Ssda903Xml.Child}> on line {Line(child)} does not start with a <{Ssda903Xml.Header}>. Each child's header comes first, then the child's episodes.");
            return;
        }

        var id = ReadHeader(elements[0], problems) is { } items ? AddHeader(items.Values, items.Groups, ret) : null;
        foreach (var element in elements.Skip(1))
        {
            if (element.Name.LocalName != Ssda903Xml.Episode)
            {
                problems.Error(Line(element), Unknown(element.Name.LocalName, Ssda903Xml.Child, Line(element),
                    $"one <{Ssda903Xml.Header}> and then <{Ssda903Xml.Episode}> elements"));
                continue;
            }

            if (ReadItems(element, Ssda903Xml.EpisodeItems, problems) is { } episode)
            {
                episode["CHILDID"] = id;
                Add(ret.Episodes, episode, ["CHILDID", .. Ssda903Xml.EpisodeItems]);
            }
        }
    }

    /// <summary>The child's header row, and the child's rows in the tables the header holds; returns the child's id.</summary>
    private static string? AddHeader(Dictionary<string, string?> values, List<(string Name, Dictionary<string, string?> Items)> groups, Ssda903Return ret)
    {
        string? V(string item) => values.GetValueOrDefault(item);
        var id = V(Ssda903Xml.ChildId);
        var header = Add(ret.Header, values, Ssda903Xml.HeaderStart.Concat(Ssda903Xml.MotherItems));
        if (V("UASC").Code() == "1" || values.ContainsKey("DUC"))
        {
            Add(ret.Uasc, values, ["CHILDID", "SEX", "DOB", "DUC"]);
        }

        if (Ssda903Xml.Ad1Items.Any(values.ContainsKey))
        {
            Add(ret.Ad1, values, ["CHILDID", "DOB", .. Ssda903Xml.Ad1Items]);
        }

        if (Ssda903Xml.Oc3Items.Any(values.ContainsKey))
        {
            Add(ret.Oc3, values, ["CHILDID", "DOB", .. Ssda903Xml.Oc3Items]);
        }

        foreach (var (name, group) in groups)
        {
            var withChild = new Dictionary<string, string?>(group, StringComparer.Ordinal) { ["CHILDID"] = id, ["DOB"] = header.DOB };
            string[] columns = ["CHILDID", "DOB", .. HeaderGroups[name]];
            _ = name switch
            {
                Ssda903Xml.Missing => (Ssda903Row)Add(ret.Missing, withChild, columns),
                Ssda903Xml.Review => Add(ret.Reviews, withChild, columns),
                Ssda903Xml.Permanence => Add(ret.PrevPerm, withChild, columns),
                Ssda903Xml.Oc2 => Add(ret.Oc2, withChild, columns),
                _ => Add(ret.PlacedAdoption, withChild, columns),
            };
        }

        return id;
    }

    /// <summary>The header's own items, and its groups (AMISSING, AREVIEW...) in order; null when something in it is refused.</summary>
    private static (Dictionary<string, string?> Values, List<(string Name, Dictionary<string, string?> Items)> Groups)? ReadHeader(
        XElement header, Problems problems)
    {
        var errors = problems.Errors.Count;
        TextOutsideItems(header, problems);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var groups = new List<(string, Dictionary<string, string?>)>();
        foreach (var element in header.Elements())
        {
            var name = element.Name.LocalName;
            if (HeaderGroups.TryGetValue(name, out var allowed))
            {
                if (ReadItems(element, allowed, problems) is { } group)
                {
                    groups.Add((name, group));
                }
            }
            else if (HeaderItems.Contains(name))
            {
                Item(element, values, problems);
            }
            else
            {
                problems.Error(Line(element), Unknown(name, Ssda903Xml.Header, Line(element), "the header's items"));
            }
        }

        return problems.Errors.Count == errors ? (values, groups) : null;
    }

    private static Dictionary<string, string?>? ReadItems(XElement group, string[] allowed, Problems problems)
    {
        var errors = problems.Errors.Count;
        TextOutsideItems(group, problems);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var element in group.Elements())
        {
            if (allowed.Contains(element.Name.LocalName))
            {
                Item(element, values, problems);
            }
            else
            {
                problems.Error(Line(element), Unknown(element.Name.LocalName, group.Name.LocalName, Line(element), string.Join(", ", allowed)));
            }
        }

        return problems.Errors.Count == errors ? values : null;
    }

    private static void Item(XElement element, Dictionary<string, string?> values, Problems problems)
    {
        var name = element.Name.LocalName;
        if (element.HasElements)
        {
            problems.Error(Line(element), $"Line {Line(element)}: <{name}> holds other elements, but it should hold a value.");
        }
        else if (!values.TryAdd(name, element.Value.Trim() is { Length: > 0 } value ? value : null))
        {
            problems.Error(Line(element), $"Line {Line(element)}: <{name}> is given twice in one <{element.Parent!.Name.LocalName}>. Give it once.");
        }
    }

    private static void TextOutsideItems(XElement element, Problems problems)
    {
        if (element.Nodes().OfType<XText>().FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Value)) is { } text)
        {
            problems.Error(Line(element),
                $"Line {Line(element)}: <{element.Name.LocalName}> has the text '{Short(text.Value.Trim())}' outside its items. Each value goes in its own element.");
        }
    }

    /// <summary>A new row with the given items (element names) set, numbered after the table's last row.</summary>
    private static T Add<T>(List<T> rows, IReadOnlyDictionary<string, string?> values, IEnumerable<string> elements) where T : Ssda903Row, new()
    {
        var row = new T { Row = rows.Count + 1 };
        foreach (var element in elements)
        {
            typeof(T).GetProperty(Ssda903Xml.Column(element))!.SetValue(row, values.GetValueOrDefault(element));
        }

        rows.Add(row);
        return row;
    }

    private static string Unknown(string name, string parent, int line, string expected) =>
        $"Line {line}: <{name}> is not an element of <{parent}> in an SSDA903 file (it holds {expected}). Check its spelling and where it is.";

    private static string Short(string text) => text.Length > 40 ? text[..40] + "..." : text;

    private static int Line(IXmlLineInfo node) => node.HasLineInfo() ? node.LineNumber : 0;

    private static int Line(XmlReader reader) => reader is IXmlLineInfo info ? Line(info) : 0;

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>The file's text, or null (with the error) when it is too big or not UTF-8.</summary>
    private static string? ReadText(string fileName, Stream content, long maxBytes, Problems problems)
    {
        var tooBig = $"The file '{fileName}' is larger than {Size(maxBytes)}, the largest SSDA903 file Hearth reads. Check it is the right file.";
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            problems.Error(0, tooBig);
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                problems.Error(0, tooBig);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty)
        {
            problems.Error(0, $"The file '{fileName}' is empty.");
            return null;
        }

        var chars = new char[bytes.Length];
        var status = Utf8Text.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return new string(chars, 0, charsWritten);
        }

        var line = bytes[..bytesRead].Count((byte)'\n') + 1;
        problems.Error(line,
            $"The file '{fileName}' is not saved as UTF-8 text: line {line.ToString(CultureInfo.InvariantCulture)} has a character Hearth cannot read " +
            $"(byte 0x{bytes[bytesRead]:X2}). Save it as UTF-8 and upload it again.");
        return null;
    }

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0
            ? $"{(bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB"
            : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";

    private sealed class Problems(string fileName, int maxErrors)
    {
        public List<Ssda903ReadProblem> Errors { get; } = [];
        public bool Full { get; private set; }

        public void Error(int line, string message)
        {
            if (Full)
            {
                return;
            }

            Errors.Add(new(fileName, line, message));
            if (Errors.Count >= maxErrors)
            {
                Full = true;
                Errors.Add(new(fileName, line, $"Hearth stopped reading after {maxErrors.ToString(CultureInfo.InvariantCulture)} problems. Put these right and upload the file again."));
            }
        }
    }
}
