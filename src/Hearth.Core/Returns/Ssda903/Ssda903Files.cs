using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Xml;

namespace Hearth.Core.Returns.Ssda903;

/// <summary>
/// Reads an uploaded SSDA903 return in either form: one XML file (.xml), or the CSV files (.csv), never a mixture
/// (as the DfE validator's ingress refuses one).
/// </summary>
public static class Ssda903Files
{
    public static Ssda903ReadResult Read(IReadOnlyList<(string FileName, Stream Content)> files, Ssda903ReadOptions? options = null)
    {
        var xml = files.Where(f => IsXml(f.FileName)).ToList();
        if (xml.Count == 0)
        {
            return Ssda903CsvReader.Read(files, options);
        }

        if (xml.Count > 1 || files.Count > 1)
        {
            return new Ssda903ReadResult(null, new Dictionary<string, string>(), [new("", 0,
                "Upload either one XML file or the CSV files, not both and not more than one XML file: " +
                string.Join(", ", files.Select(f => f.FileName)) + ".")], []);
        }

        return Ssda903XmlReader.Read(xml[0].FileName, xml[0].Content, options);
    }

    public static bool IsXml(string fileName) => fileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
}
