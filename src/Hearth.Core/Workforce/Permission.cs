namespace Hearth.Core.Workforce;

/// <summary>What a route or service call needs. Pages and API endpoints each declare one.</summary>
public enum Permission
{
    SearchPeople = 1,
    ViewPersonRecord,
    RecordPerson,
    EditPerson,
    RecordCaseNotes,
    ViewHistory,
    ViewAccessLog,
    MergePeople,
    ManageRestrictions,
    AllocateWork,
    ViewRefusedAccess,
    ManageUsers,
    UseApi,
    ExportRecord,

    /// <summary>Record contacts and do the MASH's screening: link children, rate, ask partner agencies.</summary>
    RecordContacts,

    /// <summary>Make the threshold decision: a qualified worker or manager (WT23 ch.3).</summary>
    MakeThresholdDecisions,

    RecordEarlyHelp,

    /// <summary>Accept or decline a child stepped up or down into the user's team.</summary>
    AcceptStepChanges,

    /// <summary>Monitoring pages and figures across the authority.</summary>
    ViewPerformance,

    /// <summary>Assessments, section 47 enquiries, plans, visits, chronology entries: a practitioner's casework.</summary>
    RecordCasework,

    /// <summary>Authorise or return assessments, record management oversight and supervision decisions, close and reopen episodes.</summary>
    ManageCasework,

    /// <summary>Chair child protection conferences and record their decisions (IRO/CP chair, managers).</summary>
    ChairConferences,

    /// <summary>The team manager's view of every worker's obligations.</summary>
    ViewTeamWork,

    /// <summary>Bring a previous system's statutory return files (the CIN census) into the record as history.</summary>
    ImportReturns,
}
