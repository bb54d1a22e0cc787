namespace Hearth.Web.Pages.Returns;

/// <summary>
/// Keeps the SSDA903 files uploaded for a dry run until the import, as <see cref="CensusUploads"/> keeps a census
/// file: one zip of the CSV files under a random token, in a folder of its own.
/// </summary>
public sealed class Ssda903Uploads(TimeProvider clock)
    : CensusUploads(Path.Combine(Path.GetTempPath(), "hearth-ssda903-uploads"), clock, ".zip");
