using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Xml;

namespace Hearth.Core.Tests.Returns.CinCensus.Xml;

/// <summary>Census files for the XML tests: the fixtures on disk and small files built around one child.</summary>
public static class CensusXmlTestFiles
{
    public static string FixturePath(string name) =>
        Path.Combine(AppContext.BaseDirectory, "Returns", "CinCensus", "Fixtures", name);

    public static CensusReadResult ReadFixture(string name)
    {
        using var file = File.OpenRead(FixturePath(name));
        return CinCensusXmlReader.Read(file);
    }

    public static CensusReadResult Read(string xml) => Read(Encoding.UTF8.GetBytes(xml));

    public static CensusReadResult Read(byte[] bytes) => CinCensusXmlReader.Read(new MemoryStream(bytes));

    public static string Written(CensusMessage message, CensusYear year)
    {
        using var output = new MemoryStream();
        CinCensusXmlWriter.Write(message, year, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>A 2025-26 file with one child whose ChildIdentifiers and CINdetails hold the given elements.</summary>
    public static string OneChild(string identifiers = "<Sex>F</Sex>", string episode = "<ReferralNFA>false</ReferralNFA>", string root = "<Message>") =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        {root}
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>2026</Year>
              <ReferenceDate>2026-03-31</ReferenceDate>
            </CollectionDetails>
          </Header>
          <Children>
            <Child>
              <ChildIdentifiers>
                <LAchildID>CHILD1</LAchildID>
                {identifiers}
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>WBRI</Ethnicity>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2025-06-03</CINreferralDate>
                {episode}
              </CINdetails>
            </Child>
          </Children>
        </Message>
        """;

    /// <summary>The 1-based line of the first <paramref name="marker"/> in <paramref name="text"/>.</summary>
    public static int LineOf(string text, string marker) => text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    /// <summary>The model as JSON without CensusChild.Line (which depends on layout), for comparing two reads.</summary>
    public static string Snapshot(CensusMessage message)
    {
        var node = JsonSerializer.SerializeToNode(message)!;
        foreach (var child in node["Children"]!.AsArray())
        {
            child!.AsObject().Remove(nameof(CensusChild.Line));
        }

        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
