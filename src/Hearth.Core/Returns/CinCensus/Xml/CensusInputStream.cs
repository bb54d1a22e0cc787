using System.Globalization;
using System.Text;

namespace Hearth.Core.Returns.CinCensus.Xml;

/// <summary>
/// The uploaded bytes on their way to the XmlReader: counted, so that a file over the size limit is
/// refused as soon as the limit is passed (a non-seekable upload has no Length to check first), and
/// checked against the file's encoding, so that a byte that is not valid UTF-8 is an error with its
/// line rather than a silent replacement character.
/// </summary>
/// <remarks>
/// The check is made here on the bytes, not left to the XmlReader, because the reader decodes
/// US-ASCII with replacement characters and reports decoding failures without saying which byte.
/// A newline is byte 0x0A in every encoding checked here (UTF-8 never uses 0x0A inside a multi-byte
/// character), so counting that byte gives the line.
/// </remarks>
internal sealed class CensusInputStream(Stream inner, long maxBytes) : Stream
{
    private readonly byte[] _prefix = new byte[1024];
    private int _prefixLength;
    private int _prefixRead;
    private long _bytesFromInner;
    private Decoder? _check;
    private string _encodingName = "UTF-8";
    private char[] _scratch = [];
    private long _delivered;
    private int _line = 1;
    private long _lineStart;

    /// <summary>The first bytes of the file (up to 1 KB), read once and replayed to the XmlReader.</summary>
    public ReadOnlySpan<byte> Prefix
    {
        get
        {
            while (_prefixLength < _prefix.Length)
            {
                var read = inner.Read(_prefix, _prefixLength, _prefix.Length - _prefixLength);
                if (read == 0)
                {
                    break;
                }

                Count(read);
                _prefixLength += read;
            }

            return _prefix.AsSpan(0, _prefixLength);
        }
    }

    /// <summary>Checks every byte from now on against <paramref name="encoding"/>, which must throw on invalid bytes.</summary>
    public void CheckAs(Encoding encoding, string name)
    {
        _check = encoding.GetDecoder();
        _encodingName = name;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        if (_prefixRead < _prefixLength)
        {
            read = Math.Min(buffer.Length, _prefixLength - _prefixRead);
            _prefix.AsSpan(_prefixRead, read).CopyTo(buffer);
            _prefixRead += read;
        }
        else
        {
            read = inner.Read(buffer);
            Count(read);
        }

        Inspect(buffer[..read], final: read == 0);
        return read;
    }

    private void Count(int read)
    {
        _bytesFromInner += read;
        if (_bytesFromInner > maxBytes)
        {
            throw new CensusInputException(CensusReadProblem.WholeFile(
                $"The file is larger than {CensusFileSize.Describe(maxBytes)}. The largest census file Hearth reads is {CensusFileSize.Describe(maxBytes)}."));
        }
    }

    private void Inspect(ReadOnlySpan<byte> bytes, bool final)
    {
        if (_check is not null)
        {
            if (_scratch.Length < bytes.Length + 4)
            {
                _scratch = new char[bytes.Length + 4];
            }

            try
            {
                _check.GetChars(bytes, _scratch, flush: final);
            }
            catch (DecoderFallbackException ex)
            {
                throw new CensusInputException(InvalidBytes(bytes, Math.Max(0, ex.Index), ex.BytesUnknown));
            }
        }

        var lastNewline = bytes.LastIndexOf((byte)'\n');
        if (lastNewline >= 0)
        {
            _line += bytes.Count((byte)'\n');
            _lineStart = _delivered + lastNewline + 1;
        }

        _delivered += bytes.Length;
    }

    private CensusReadProblem InvalidBytes(ReadOnlySpan<byte> bytes, int index, byte[]? unknown)
    {
        var before = bytes[..Math.Min(index, bytes.Length)];
        var lastNewline = before.LastIndexOf((byte)'\n');
        var line = _line + before.Count((byte)'\n');
        var column = (int)(lastNewline >= 0 ? index - lastNewline : _delivered + index - _lineStart + 1);
        var shown = string.Join(" ", (unknown ?? []).Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
        return CensusReadProblem.At(line, column,
            $"the file has a character that is not valid {_encodingName} (the bytes {shown}, at column {column}). " +
            "Census files are written in UTF-8: this one may have been saved as Latin-1 or Windows-1252 without saying so. " +
            "Save it again as UTF-8 and upload it again.");
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _delivered;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Disposing this wrapper leaves the caller's stream open: it is theirs to close.
}

/// <summary>Stops reading with one problem that makes the whole file unreadable.</summary>
internal sealed class CensusInputException(CensusReadProblem problem) : IOException(problem.Message)
{
    public CensusReadProblem Problem { get; } = problem;
}

internal static class CensusFileSize
{
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{(bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
        >= 1024 => $"{(bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{bytes} bytes",
    };
}
