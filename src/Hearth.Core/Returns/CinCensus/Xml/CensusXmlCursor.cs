using System.Globalization;
using System.Text;
using System.Xml;

namespace Hearth.Core.Returns.CinCensus.Xml;

/// <summary>
/// Walks a census file with an XmlReader, one element at a time, and keeps the problems found. Each
/// read method starts on an element's start tag and leaves the reader just past its end tag.
/// </summary>
internal sealed class CensusXmlCursor(XmlReader reader, int maxErrors)
{
    private readonly IXmlLineInfo _where = (IXmlLineInfo)reader;

    public List<CensusReadProblem> Errors { get; } = [];
    public List<CensusReadProblem> Warnings { get; } = [];

    public int Line => _where.LineNumber;

    /// <summary>Whether the root &lt;Message&gt; was found: an XML error before it means the file is not XML at all.</summary>
    public bool RootFound { get; set; }

    /// <summary>Reads the elements inside the current one into <paramref name="target"/>, as <paramref name="map"/> says.</summary>
    public void ReadChildren<T>(CensusElementMap<T> map, T target)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var seen = 0UL;
        reader.Read();
        while (reader.NodeType != XmlNodeType.EndElement)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    ReadChild(map, target, ref seen);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    Warn($"there is text, '{Shorten(reader.Value.Trim())}', inside <{map.Name}> that is not in any element. " +
                        "Hearth reads past it, but the DfE's schema check may refuse the file.");
                    reader.Read();
                    break;
                case XmlNodeType.None:
                    // End of input: the XmlReader throws for unclosed elements before this, so this is only a guard.
                    return;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
    }

    private void ReadChild<T>(CensusElementMap<T> map, T target, ref ulong seen)
    {
        var name = reader.LocalName;
        if (!map.TryGet(name, out var read, out var bit))
        {
            Unknown(map.Name);
            return;
        }

        if ((seen & bit) != 0)
        {
            Error($"<{name}> appears more than once inside <{map.Name}>. It may appear only once.");
            reader.Skip();
            return;
        }

        seen |= bit;
        read(this, target);
    }

    /// <summary>The current element's value, trimmed; null when the element is empty.</summary>
    public string? Text()
    {
        var name = reader.LocalName;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return null;
        }

        reader.Read();

        // Nearly every value is one text node; a builder is made only for text split by a comment or CDATA.
        string? value = null;
        StringBuilder? parts = null;
        while (reader.NodeType != XmlNodeType.EndElement)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (value is null)
                    {
                        value = reader.Value;
                    }
                    else
                    {
                        (parts ??= new StringBuilder(value)).Append(reader.Value);
                    }

                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    Unknown(name);
                    break;
                case XmlNodeType.None:
                    return null;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
        var text = (parts?.ToString() ?? value)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The current element's date (xs:date, yyyy-mm-dd); null when empty or unreadable (an error).</summary>
    public DateOnly? Date() => Parse<DateOnly>(
        "date",
        "Dates are written yyyy-mm-dd, for example 2026-03-31.",
        text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);

    /// <summary>The current element's date and time (xs:dateTime, as the header's DateTime).</summary>
    public DateTime? DateTime() => Parse<System.DateTime>(
        "date and time",
        "Dates and times are written yyyy-mm-ddThh:mm:ss, for example 2026-05-01T09:30:00.",
        text => System.DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null);

    // xs:dateTime allows fractions of a second; a time zone is not accepted because the model's
    // DateTime has nowhere to keep it and census files are written in local time.
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private T? Parse<T>(string kind, string hint, Func<string, T?> parse)
        where T : struct
    {
        var (name, line, column) = (reader.LocalName, Line, _where.LinePosition);
        var text = Text();
        if (text is null)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            AddError(CensusReadProblem.At(line, column, $"the {kind} in {name}, '{Shorten(text)}', is not a real {kind}. {hint}"));
        }

        return value;
    }

    private void Unknown(string parent)
    {
        Error($"Hearth does not know the element <{reader.LocalName}> inside <{parent}>.");
        reader.Skip();
    }

    /// <summary>An error at the current node.</summary>
    public void Error(string text) => AddError(CensusReadProblem.At(Line, _where.LinePosition, text));

    private void Warn(string text) => Warnings.Add(CensusReadProblem.At(Line, _where.LinePosition, text));

    private void AddError(CensusReadProblem problem)
    {
        Errors.Add(problem);
        if (Errors.Count >= maxErrors)
        {
            throw new CensusInputException(CensusReadProblem.WholeFile(
                $"Hearth stopped reading after {maxErrors} problems. Put these right and upload the file again to see any more."));
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
