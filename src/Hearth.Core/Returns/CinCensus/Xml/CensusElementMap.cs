using System.Collections;

namespace Hearth.Core.Returns.CinCensus.Xml;

/// <summary>
/// The elements a container may hold and how each is read into <typeparamref name="T"/>. Order is
/// not checked: the schema's order matters for writing, and a reader that refused a file for it
/// would stop the DfE rules from running on an otherwise readable return.
/// </summary>
internal sealed class CensusElementMap<T>(string name) : IEnumerable
{
    private readonly Dictionary<string, (Action<CensusXmlCursor, T> Read, bool Repeats, int Index)> _elements = new(StringComparer.Ordinal);

    /// <summary>The container's element name, for "inside &lt;CINdetails&gt;" in messages.</summary>
    public string Name { get; } = name;

    /// <summary>An element that may appear once.</summary>
    public void Add(string element, Action<CensusXmlCursor, T> read) => Add(element, read, repeats: false);

    /// <summary>An element that may appear any number of times (Child, CINdetails, Disability...).</summary>
    public void Add(string element, Action<CensusXmlCursor, T> read, bool repeats)
    {
        // Each element gets a bit in a ulong, so checking "seen already" costs no allocation per container.
        if (_elements.Count == 64)
        {
            throw new InvalidOperationException($"<{Name}> has more elements than the repeat check can track.");
        }

        _elements.Add(element, (read, repeats, _elements.Count));
    }

    /// <param name="bit">The element's bit for the repeat check; 0 when it may repeat.</param>
    public bool TryGet(string element, out Action<CensusXmlCursor, T> read, out ulong bit)
    {
        var found = _elements.TryGetValue(element, out var entry);
        read = entry.Read;
        bit = found && !entry.Repeats ? 1UL << entry.Index : 0;
        return found;
    }

    IEnumerator IEnumerable.GetEnumerator() => _elements.Keys.GetEnumerator();
}
