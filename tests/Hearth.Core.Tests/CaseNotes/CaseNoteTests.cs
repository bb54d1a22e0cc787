using Hearth.Core.CaseNotes;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.CaseNotes;

public class CaseNoteTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static CaseNote Draft() => CaseNote.Draft(Guid.NewGuid(), Guid.NewGuid(), "Sam Okafor", new DateOnly(2026, 11, 20), "Home visit", "Saw Leo at home.", Now);

    [Fact]
    public void A_draft_can_be_edited_by_its_author_before_it_is_finalised()
    {
        var note = Draft();
        note.EditDraft(new DateOnly(2026, 11, 21), "Home visit", "Saw Leo and his sister at home.");
        note.Body.ShouldBe("Saw Leo and his sister at home.");
        note.Status.ShouldBe(CaseNoteStatus.Draft);
    }

    [Fact]
    public void A_finalised_note_cannot_be_edited_or_finalised_again()
    {
        var note = Draft();
        note.Finalise(Now);

        Should.Throw<CaseNoteLockedException>(() => note.EditDraft(note.NoteDate, "Changed", "Changed"));
        Should.Throw<CaseNoteLockedException>(() => note.Finalise(Now));
        note.Body.ShouldBe("Saw Leo at home.");
        note.FinalisedAt.ShouldBe(Now);
    }

    [Fact]
    public void An_amendment_is_added_beneath_a_finalised_note_and_the_original_is_unchanged()
    {
        var note = Draft();
        note.Finalise(Now);

        var amendment = note.Amend(Guid.NewGuid(), "Helen Marsh", "Wrong date", "The visit was on 19 November.", Now.AddHours(1));

        note.Body.ShouldBe("Saw Leo at home.");
        note.Amendments.ShouldBe([amendment]);
        amendment.Reason.ShouldBe("Wrong date");
    }

    [Fact]
    public void A_draft_cannot_be_amended()
    {
        Should.Throw<CaseNoteLockedException>(() => Draft().Amend(Guid.NewGuid(), "Helen Marsh", "Reason", "Text", Now));
    }
}
