using System.Xml;

namespace Hearth.Core.Returns.CinCensus.Xml;

/// <summary>
/// Reads a CIN census XML file (statutory-data.md A.1) into a <see cref="CensusMessage"/>, streaming,
/// so a file of 30,000 children is read in one pass with little memory. Every problem is reported in
/// plain English with its line; no exception escapes for a bad file.
/// </summary>
/// <remarks>
/// Lenient where the DfE validator is (element order, stray text, codes and flags kept as sent, so
/// its rules can report them) and strict where reading could go wrong silently or be an attack:
/// document type declarations, size, encoding, dates, unknown or repeated elements. Elements are
/// matched by local name, so a file with a default namespace reads as one without.
/// </remarks>
public static partial class CinCensusXmlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // A DTD is how XXE (external entities such as file:///etc/passwd) and billion-laughs
        // (entities expanding to gigabytes) attacks work; census files never have one.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public static CensusReadResult Read(Stream stream, CensusReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= CensusReadOptions.Default;
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxBytes)
        {
            return Refused(CensusReadProblem.WholeFile(
                $"The file is {CensusFileSize.Describe(stream.Length - stream.Position)}. " +
                $"The largest census file Hearth reads is {CensusFileSize.Describe(options.MaxBytes)}."));
        }

        using var input = new CensusInputStream(stream, options.MaxBytes);
        CensusXmlCursor? cursor = null;
        try
        {
            if (input.Prefix.IsEmpty)
            {
                return Refused(CensusReadProblem.WholeFile("The file is empty. A census file is XML that starts with a <Message> element."));
            }

            if (CensusEncoding.Choose(input) is { } refused)
            {
                return Refused(refused);
            }

            using var xml = XmlReader.Create(input, Settings);
            cursor = new CensusXmlCursor(xml, options.MaxErrors);
            var message = ReadMessage(xml, cursor);
            return new CensusReadResult(message, cursor.Errors, cursor.Warnings);
        }
        catch (CensusInputException ex)
        {
            return Refused(ex.Problem, cursor);
        }
        catch (XmlException ex)
        {
            return Refused(Describe(ex, rootFound: cursor?.RootFound == true), cursor);
        }
    }

    private static CensusMessage? ReadMessage(XmlReader xml, CensusXmlCursor cursor)
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != CensusXmlNames.Message)
        {
            cursor.Error($"the file starts with <{xml.LocalName}>, not <{CensusXmlNames.Message}>, so it is not a CIN census file.");
            return null;
        }

        cursor.RootFound = true;

        // A new header's defaults (CIN, L) are for building a return; a file that leaves them out must read as missing.
        var message = new CensusMessage { Header = new CensusHeader { Collection = null, SourceLevel = null } };
        cursor.ReadChildren(MessageElements, message);

        // Read to the end so that anything after </Message> (a second root, a cut-off tail) is reported.
        while (xml.Read())
        {
        }

        return message;
    }

    private static CensusReadResult Refused(CensusReadProblem problem, CensusXmlCursor? cursor = null) =>
        new(null, [.. cursor?.Errors ?? [], problem], cursor?.Warnings ?? []);

    /// <summary>
    /// Puts an XmlException in plain words. The reader's messages are English-only resources in
    /// .NET, so matching their wording is safe enough to pick the likely cause.
    /// </summary>
    private static CensusReadProblem Describe(XmlException ex, bool rootFound)
    {
        var (line, column) = (ex.LineNumber, ex.LinePosition);
        if (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return CensusReadProblem.At(line, column,
                "the file contains a document type declaration (DTD). Census files never do, and Hearth refuses them because they can be used to attack the server.");
        }

        if (ex.Message.Contains("Unexpected end of file", StringComparison.Ordinal))
        {
            return CensusReadProblem.At(line, column,
                "the file ends before all its elements are closed, so it has probably been cut short while it was saved, copied or uploaded. " +
                "Make or upload the file again.");
        }

        if (!rootFound)
        {
            return CensusReadProblem.At(line, column,
                $"the file is not XML, so it is not a CIN census file. A census file starts with <?xml or <Message>. (The XML reader said: {ex.Message})");
        }

        return CensusReadProblem.At(line, column,
            $"the file is not well-formed XML, so Hearth cannot read it. The XML reader said: {ex.Message}");
    }
}
