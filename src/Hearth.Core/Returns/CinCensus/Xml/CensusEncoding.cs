using System.Text;
using System.Text.RegularExpressions;

namespace Hearth.Core.Returns.CinCensus.Xml;

/// <summary>
/// Decides how a census file's bytes are checked, from its byte order mark or the encoding its XML
/// declaration names (none means UTF-8, as the XML standard says).
/// </summary>
/// <remarks>
/// The DfE's COLLECT system and every supplier write UTF-8, so that is what Hearth expects, checked
/// strictly (a UTF8Encoding that throws on invalid bytes): a Latin-1 file passed off as UTF-8 would
/// otherwise turn "Zoé" into "Zo?" without anyone noticing. A file that declares US-ASCII is checked
/// for bytes over 127. ISO-8859-1 is accepted when declared, because every byte is a valid
/// character in it and .NET reads it without extra code pages. UTF-16 needs a byte order mark and is
/// left to the XmlReader, which reports bad surrogates itself. Anything else (windows-1252, EBCDIC)
/// is refused with a plain reason rather than read through a code page .NET may not have installed.
/// </remarks>
internal static partial class CensusEncoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictAscii =
        Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Sets up the byte check on <paramref name="input"/>, or says why its encoding is refused.</summary>
    public static CensusReadProblem? Choose(CensusInputStream input)
    {
        var prefix = input.Prefix;
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return null;
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            input.CheckAs(StrictUtf8, "UTF-8");
            return null;
        }

        var declared = Declared(prefix);
        switch (declared?.ToUpperInvariant())
        {
            case null or "UTF-8" or "UTF8":
                input.CheckAs(StrictUtf8, "UTF-8");
                return null;
            case "US-ASCII" or "ASCII":
                input.CheckAs(StrictAscii, "US-ASCII");
                return null;
            case "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "UTF-16" or "UTF16":
                return null;
            default:
                return CensusReadProblem.At(1, 1,
                    $"the file says it is written in the '{declared}' character encoding. Hearth reads census files written in UTF-8, " +
                    "as the DfE asks for (or UTF-16, US-ASCII or ISO-8859-1). Save the file as UTF-8 and upload it again.");
        }
    }

    /// <summary>The encoding named in an XML declaration at the very start of the file, if any.</summary>
    private static string? Declared(ReadOnlySpan<byte> prefix)
    {
        // The declaration is ASCII in every ASCII-compatible encoding, so Latin-1 shows it byte for byte.
        var start = Encoding.Latin1.GetString(prefix);
        var match = Declaration().Match(start);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""\A<\?xml\s[^?>]*?encoding\s*=\s*["'](?<name>[A-Za-z0-9._:\-]+)["']""")]
    private static partial Regex Declaration();
}
