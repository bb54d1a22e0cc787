using static Hearth.Core.Workforce.Permission;

namespace Hearth.Core.Workforce;

/// <summary>
/// The one place that says which role may do what. Tested route by route in
/// Hearth.Web.Tests so that a page can never be more open than this table.
/// </summary>
public static class PermissionMatrix
{
    private static readonly Permission[] Reading = [SearchPeople, ViewPersonRecord, ViewHistory, UseApi];
    private static readonly Permission[] Practice = [.. Reading, RecordPerson, EditPerson, RecordCaseNotes, RecordContacts, RecordEarlyHelp];

    // Qualified social workers make threshold decisions (WT23 ch.3: "a local authority social worker").
    private static readonly Permission[] QualifiedPractice = [.. Practice, MakeThresholdDecisions, RecordCasework];

    // Managers see who has looked at a record and answer for merges and restrictions
    // (DESIGN.md ideas 1 and 3), and accept children stepped into their teams.
    private static readonly Permission[] Management = [.. QualifiedPractice, ViewAccessLog, MergePeople, ManageRestrictions, AllocateWork, ExportRecord,
        AcceptStepChanges, ViewPerformance, ManageCasework, ChairConferences, ViewTeamWork];

    private static readonly Dictionary<Role, HashSet<Permission>> ByRole = new()
    {
        [Role.SocialWorker] = [.. QualifiedPractice],
        [Role.SeniorPractitioner] = [.. QualifiedPractice],
        // Front door workers screen and rate; the decision is for a qualified worker or manager.
        [Role.FrontDoorWorker] = [.. Practice],
        // IROs chair child protection conferences (WT23 ch.3: an independent chair).
        [Role.IndependentReviewingOfficer] = [.. Practice, ChairConferences],
        [Role.Lado] = [.. Practice],
        [Role.TeamManager] = [.. Management],
        [Role.ServiceManager] = [.. Management],
        // Business support keep the record's details straight but write no practice notes.
        [Role.BusinessSupport] = [.. Reading, RecordPerson, EditPerson, RecordContacts],
        // Analysts own the statutory returns, and bring the previous system's census files in with administrators.
        [Role.PerformanceAnalyst] = [.. Reading, ViewPerformance, ImportReturns],
        // Auditors read everything, including who read what, and change nothing.
        [Role.Auditor] = [.. Reading, ViewAccessLog, ViewRefusedAccess, ExportRecord, ViewPerformance],
        // Administrators run the system; they are not given practice permissions by default,
        // so that restricted and ordinary records are not open to IT staff by role alone.
        [Role.Administrator] = [SearchPeople, ViewPersonRecord, ViewHistory, ViewAccessLog, ViewRefusedAccess,
            ManageUsers, ManageRestrictions, AllocateWork, UseApi, ImportReturns],
    };

    public static bool Allows(Role role, Permission permission) =>
        ByRole.TryGetValue(role, out var set) && set.Contains(permission);

    public static IReadOnlySet<Permission> For(Role role) => ByRole[role];
}
