using Hearth.Core.Audit;

namespace Hearth.Core.CaseNotes;

public sealed record CaseNoteText(DateOnly NoteDate, string Subject, string Body);

public sealed record CaseNoteDrafted(Guid CaseNoteId, Guid PersonId, CaseNoteText New) : IProcessEvent
{
    public string Summary => $"Case note drafted: {New.Subject}";
}

public sealed record CaseNoteDraftEdited(Guid CaseNoteId, Guid PersonId, CaseNoteText Old, CaseNoteText New) : IProcessEvent
{
    public string Summary => $"Case note draft edited: {New.Subject}";
}

public sealed record CaseNoteFinalised(Guid CaseNoteId, Guid PersonId, CaseNoteText New) : IProcessEvent
{
    public string Summary => $"Case note finalised: {New.Subject}";
}

public sealed record CaseNoteAmended(Guid CaseNoteId, Guid AmendmentId, Guid PersonId, CaseNoteText Original, string Amendment, string Reason) : IProcessEvent
{
    public string Summary => $"Case note amended: {Original.Subject}";
}
