using Hearth.Core.Audit;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// The 903 built from the record and downloaded (the CSV tables or the findings): about the return as a whole, so
/// no subjects, like the CIN census download (<see cref="CinCensus.CensusExported"/>).
/// </summary>
public sealed record Ssda903Exported(string Year, string What, int Children, int Episodes, int Findings) : IProcessEvent
{
    public const string Process = "Returns.Ssda903Export";

    public const string Tables = "CSV tables";
    public const string FindingsFile = "findings";
    public const string XmlFile = "XML file";

    public string Summary => $"SSDA903 {Year} {What} downloaded: {Children} children, {Episodes} episode(s), {Findings} finding(s)";
}
