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
}
