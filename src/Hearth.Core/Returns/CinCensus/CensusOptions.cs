namespace Hearth.Core.Returns.CinCensus;

/// <summary>The authority's return settings (configuration section "CinCensus").</summary>
public sealed class CensusOptions
{
    public const string Section = "CinCensus";

    /// <summary>The authority's three-digit DfE LA number, written as LEA in the header.</summary>
    public string Lea { get; set; } = "999";

    public string SoftwareCode { get; set; } = "Hearth";

    /// <summary>Largest census file the import reads, in bytes.</summary>
    public long MaxImportBytes { get; set; } = 100L * 1024 * 1024;
}
