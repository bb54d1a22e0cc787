namespace Hearth.Web;

/// <summary>The care leaver routes (see the pages under Pages/CareLeavers).</summary>
public static partial class Links
{
    /// <summary>The child's Care leaver tab: status, needs assessment, pathway plans, adviser, staying put, contacts.</summary>
    public static string CareLeaver(Guid id) => $"{Person(id)}/care-leaver";

    /// <summary>Record a contact: in touch, activity, accommodation (SSDA903 OC3).</summary>
    public static string RecordCareLeaverContact(Guid id) => $"{CareLeaver(id)}/contacts/new";

    /// <summary>Record a needs assessment, a pathway plan agreed or a pathway plan review.</summary>
    public static string RecordPathwayPlan(Guid id) => $"{CareLeaver(id)}/pathway-plan/new";

    public static string AllocatePersonalAdviser(Guid id) => $"{CareLeaver(id)}/personal-adviser";

    /// <summary>Start staying put, or end the current arrangement.</summary>
    public static string StayingPut(Guid id) => $"{CareLeaver(id)}/staying-put";
}
