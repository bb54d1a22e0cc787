namespace Hearth.Core.Returns.Ssda903.ReferenceData;

/// <summary>
/// Where the 903 rules' reference data comes from: configuration section <c>Ssda903</c> (appsettings.json, or
/// environment variables <c>Ssda903__LaCode</c> and so on):
/// <list type="bullet">
/// <item><c>Ssda903:LaCode</c>: the authority's own LA code, in the ONS Postcode Directory's form (the upper-tier GSS
/// code: E10000015 Hertfordshire, E06000042 Milton Keynes, E09000007 Camden): rules 229, 411, 503J, 1015;</item>
/// <item><c>Ssda903:PostcodeDirectoryPath</c>: the ONS Postcode Directory CSV (<see cref="OnsPostcodeDirectory"/>):
/// the distance rules (164, 392c, 454, 503G...) and the placement-LA rules (229, 411, 420, 452, 503H, 503J, 1015);</item>
/// <item><c>Ssda903:OfstedProvidersPath</c>: Ofsted's register of children's social care providers as CSV
/// (<see cref="OfstedProviderRegister"/>): the URN rules (219, 221, 224, 227, 228, 229).</item>
/// </list>
/// Each is optional: the rules that need what is not configured find nothing. A relative path is taken from the
/// application's working directory.
/// </summary>
public sealed class Ssda903Options
{
    public const string Section = "Ssda903";

    public string? LaCode { get; set; }

    public string? PostcodeDirectoryPath { get; set; }

    public string? OfstedProvidersPath { get; set; }
}
