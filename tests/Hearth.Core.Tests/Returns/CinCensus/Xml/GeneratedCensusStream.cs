using System.Text;

namespace Hearth.Core.Tests.Returns.CinCensus.Xml;

/// <summary>
/// A huge census file made up as it is read, so a test can offer 200 MB without allocating it: an
/// opening, then a 1 KB comment over and over. Counts the bytes it has given out.
/// </summary>
public sealed class GeneratedCensusStream(long length, bool seekable) : Stream
{
    private static readonly byte[] Opening = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>\n");
    private static readonly byte[] Filler = Encoding.UTF8.GetBytes("<!--" + new string('x', 1013) + "-->\n");

    private long _position;

    public long BytesGiven => _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < length)
        {
            var source = _position < Opening.Length ? Opening : Filler;
            var at = _position < Opening.Length ? _position : (_position - Opening.Length) % Filler.Length;
            var take = (int)Math.Min(Math.Min(source.Length - at, count - written), length - _position);
            Array.Copy(source, at, buffer, offset + written, take);
            written += take;
            _position += take;
        }

        return written;
    }

    public override bool CanRead => true;
    public override bool CanSeek => seekable;
    public override bool CanWrite => false;
    public override long Length => seekable ? length : throw new NotSupportedException();

    public override long Position
    {
        get => seekable ? _position : throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
