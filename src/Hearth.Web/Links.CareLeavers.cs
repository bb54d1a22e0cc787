namespace Hearth.Web;

/// <summary>The care leaver routes (see the pages under Pages/CareLeavers).</summary>
public static partial class Links
{
    /// <summary>The child's Care leaver tab: status, needs assessment, pathway plans, adviser, staying put, contacts.</summary>
    public static string CareLeaver(Guid id) => $"{Person(id)}/care-leaver";
}
