namespace Hearth.Core.CaseNotes;

public enum CaseNoteStatus
{
    Draft = 1,
    Final = 2,
}

/// <summary>
/// A worker's record of contact or work with a child. A draft can be edited by its author; once
/// finalised it can never be edited, only amended with a reason (DESIGN.md idea 2), and the
/// original text always stays visible.
/// </summary>
public sealed class CaseNote
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public Guid AuthorId { get; init; }
    public string AuthorName { get; init; } = "";
    public DateOnly NoteDate { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public CaseNoteStatus Status { get; private set; } = CaseNoteStatus.Draft;
    public DateTime CreatedAt { get; init; }
    public DateTime? FinalisedAt { get; private set; }
    public List<CaseNoteAmendment> Amendments { get; init; } = [];

    public static CaseNote Draft(Guid personId, Guid authorId, string authorName, DateOnly noteDate,
        string subject, string body, DateTime now) => new()
        {
            PersonId = personId,
            AuthorId = authorId,
            AuthorName = authorName,
            NoteDate = noteDate,
            Subject = subject,
            Body = body,
            CreatedAt = now,
        };

    public void EditDraft(DateOnly noteDate, string subject, string body)
    {
        EnsureDraft();
        NoteDate = noteDate;
        Subject = subject;
        Body = body;
    }

    public void Finalise(DateTime now)
    {
        EnsureDraft();
        Status = CaseNoteStatus.Final;
        FinalisedAt = now;
    }

    public CaseNoteAmendment Amend(Guid authorId, string authorName, string reason, string text, DateTime now)
    {
        if (Status != CaseNoteStatus.Final)
        {
            throw new CaseNoteLockedException("Only a finalised note is amended; edit the draft instead.");
        }
        var amendment = new CaseNoteAmendment
        {
            CaseNoteId = Id,
            AuthorId = authorId,
            AuthorName = authorName,
            Reason = reason,
            Text = text,
            AmendedAt = now,
        };
        Amendments.Add(amendment);
        return amendment;
    }

    private void EnsureDraft()
    {
        if (Status != CaseNoteStatus.Draft)
        {
            throw new CaseNoteLockedException("This case note has been finalised and cannot be changed. Add an amendment instead.");
        }
    }
}

/// <summary>A correction or addition to a finalised note: the note itself is never rewritten.</summary>
public sealed class CaseNoteAmendment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CaseNoteId { get; init; }
    public Guid AuthorId { get; init; }
    public string AuthorName { get; init; } = "";
    public string Reason { get; init; } = "";
    public string Text { get; init; } = "";
    public DateTime AmendedAt { get; init; }
}

public sealed class CaseNoteLockedException(string message) : InvalidOperationException(message);
