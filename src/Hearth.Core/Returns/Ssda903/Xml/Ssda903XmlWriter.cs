using System.Text;
using System.Xml;
using Hearth.Core.Returns.Ssda903.Rules;

namespace Hearth.Core.Returns.Ssda903.Xml;

/// <summary>
/// Writes an SSDA903 return in its XML form (<see cref="Ssda903Xml"/>): one CHILD per child, in the order the
/// children first appear (header first, then the other tables), every item of the schema written, empty when the
/// return has no value, as the DfE validator's sample file has them (<c>&lt;MOTHER /&gt;</c>); the AD1, OC3 and DUC
/// items only for a child with a row in that table, so that reading the file back gives the same tables.
/// </summary>
/// <remarks>
/// What the XML form cannot hold is not written: SWEpisodes and DoLo; a second header row for one child (the first is
/// written); a DOB or SEX in another table that differs from the header's (the XML has the header's only). UASC is the
/// header's flag, or 1 for a child in the UASC table when the flag is not known. UTF-8 without a byte order mark, indented.
/// </remarks>
public static class Ssda903XmlWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public static void Write(Ssda903Return ret, Stream output)
    {
        using var xml = XmlWriter.Create(output, Settings);
        Write(ret, xml);
    }

    public static void Write(Ssda903Return ret, string path)
    {
        using var stream = File.Create(path);
        Write(ret, stream);
    }

    /// <summary>The return as an XML string (for tests and downloads).</summary>
    public static string ToXml(Ssda903Return ret)
    {
        using var stream = new MemoryStream();
        Write(ret, stream);
        return Settings.Encoding.GetString(stream.ToArray());
    }

    private static void Write(Ssda903Return ret, XmlWriter xml)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement(Ssda903Xml.Root);
        foreach (var child in ChildrenInOrder(ret))
        {
            WriteChild(ret, child, xml);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Every child id in the return, in the order the child first appears: the header, then the other tables.</summary>
    private static IEnumerable<string> ChildrenInOrder(Ssda903Return ret) =>
        new IEnumerable<Ssda903Row>[] { ret.Header, ret.Episodes, ret.Uasc, ret.Ad1, ret.Oc3, ret.Missing, ret.Reviews, ret.PrevPerm, ret.Oc2, ret.PlacedAdoption }
            .SelectMany(rows => rows)
            .Select(Key)
            .Distinct(StringComparer.Ordinal);

    private static string Key(Ssda903Row row) => row.CHILD.Code();

    private static IEnumerable<T> Of<T>(List<T> rows, string child) where T : Ssda903Row => rows.Where(r => Key(r) == child);

    private static void WriteChild(Ssda903Return ret, string child, XmlWriter xml)
    {
        var header = Of(ret.Header, child).FirstOrDefault() ?? new HeaderRow { CHILD = child.Length == 0 ? null : child };
        var uasc = Of(ret.Uasc, child).FirstOrDefault();
        xml.WriteStartElement(Ssda903Xml.Child);
        xml.WriteStartElement(Ssda903Xml.Header);
        Items(xml, header, Ssda903Xml.HeaderStart.SkipLast(1));
        Item(xml, "UASC", header.UASC ?? (uasc is null ? null : "1"));
        if (uasc is not null)
        {
            Item(xml, "DUC", uasc.DUC);
        }

        if (Of(ret.Ad1, child).FirstOrDefault() is { } ad1)
        {
            Items(xml, ad1, Ssda903Xml.Ad1Items);
        }

        if (Of(ret.Oc3, child).FirstOrDefault() is { } oc3)
        {
            Items(xml, oc3, Ssda903Xml.Oc3Items);
        }

        Groups(xml, Ssda903Xml.Missing, Of(ret.Missing, child), Ssda903Xml.MissingItems);
        Groups(xml, Ssda903Xml.Review, Of(ret.Reviews, child), Ssda903Xml.ReviewItems);
        Items(xml, header, Ssda903Xml.MotherItems);
        Groups(xml, Ssda903Xml.Permanence, Of(ret.PrevPerm, child).Take(1), Ssda903Xml.PermanenceItems);
        Groups(xml, Ssda903Xml.Oc2, Of(ret.Oc2, child).Take(1), Ssda903Xml.Oc2Items);
        Groups(xml, Ssda903Xml.PlacedAdoption, Of(ret.PlacedAdoption, child), Ssda903Xml.PlacedAdoptionItems);
        xml.WriteEndElement();
        Groups(xml, Ssda903Xml.Episode, Of(ret.Episodes, child), Ssda903Xml.EpisodeItems);
        xml.WriteEndElement();
    }

    private static void Groups(XmlWriter xml, string name, IEnumerable<Ssda903Row> rows, string[] items)
    {
        foreach (var row in rows)
        {
            xml.WriteStartElement(name);
            Items(xml, row, items);
            xml.WriteEndElement();
        }
    }

    private static void Items(XmlWriter xml, Ssda903Row row, IEnumerable<string> elements)
    {
        foreach (var element in elements)
        {
            Item(xml, element, row.Value(Ssda903Xml.Column(element)));
        }
    }

    private static void Item(XmlWriter xml, string element, string? value)
    {
        xml.WriteStartElement(element);
        if (!string.IsNullOrEmpty(value))
        {
            xml.WriteString(value);
        }

        xml.WriteEndElement();
    }
}
