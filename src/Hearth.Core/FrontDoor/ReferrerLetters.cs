using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Documents;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// Feedback to the referrer: an acknowledgement on receipt and the outcome after the decision
/// (WT23 ch.3: the referrer is told what will happen). Letters come from templates, are rendered to
/// PDF, stored with the contact, and recorded as sent with the date, so a list can show whose
/// referrer has heard nothing (an Ofsted letter found referrers never told the outcome).
/// </summary>
public sealed class ReferrerLetters(HearthDbContext db, EventRecorder events, FrontDoorOptions options, TimeProvider clock)
{
    public async Task<ReferrerLetter> GenerateAsync(Guid contactId, LetterKind kind, ProcessContext ctx, CancellationToken ct = default)
    {
        var contact = await db.Contacts.Include(c => c.Letters).SingleOrDefaultAsync(c => c.Id == contactId, ct)
            ?? throw new RecordNotFoundException();
        if (kind == LetterKind.Outcome && contact.Decision is null)
        {
            throw ValidationFailedException.For("Kind", "Make the threshold decision before writing the outcome letter");
        }
        var document = LetterTemplates.For(kind, contact, options, clock.TodayInEngland());
        var letter = new ReferrerLetter
        {
            ContactId = contact.Id,
            Kind = kind,
            Text = string.Join("\n\n", document.Paragraphs),
            Pdf = PdfLetter.Render(document),
            GeneratedAt = events.Now,
            GeneratedByName = ctx.UserName,
        };
        contact.Letters.Add(letter);
        db.Add(letter);
        events.Record(ctx, "FrontDoor.GenerateLetter", new ReferrerLetterGenerated(contact.Id, letter.Id, contact.Reference, kind),
            await ChildrenAsync(contact.Id, ct), contact.Id);
        await db.SaveChangesAsync(ct);
        return letter;
    }

    public async Task MarkSentAsync(Guid contactId, Guid letterId, DateOnly? sentOn, string? sentTo, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        var today = clock.TodayInEngland();
        if (sentOn is null)
        {
            errors.Add("SentOn", "Enter the date the letter was sent");
        }
        else if (sentOn > today)
        {
            errors.Add("SentOn", "The date the letter was sent must be today or in the past");
        }
        errors.Required("SentTo", sentTo, "Enter where the letter was sent (an email or postal address)");
        errors.MaxLength("SentTo", sentTo, ContactValidator.MaxShortText, "Where it was sent");
        errors.ThrowIfAny();
        var letter = await db.ReferrerLetters.SingleOrDefaultAsync(l => l.Id == letterId && l.ContactId == contactId, ct)
            ?? throw new RecordNotFoundException();
        var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => new { c.Reference, c.RecordedAt }).SingleAsync(ct);
        if (sentOn < DateOnly.FromDateTime(EnglandClock.ToEnglandTime(letter.GeneratedAt)))
        {
            throw ValidationFailedException.For("SentOn", "The letter cannot have been sent before it was written");
        }
        if (letter.SentOn is not null)
        {
            throw ValidationFailedException.For("SentOn", "This letter is already recorded as sent");
        }
        letter.MarkSent(sentOn!.Value, sentTo!.Trim(), ctx.UserName);
        events.Record(ctx, "FrontDoor.SendLetter", new ReferrerLetterSent(contactId, letter.Id, contact.Reference, letter.Kind, sentOn.Value, letter.SentTo!),
            await ChildrenAsync(contactId, ct), contactId);
        await db.SaveChangesAsync(ct);
    }

    private Task<List<Guid>> ChildrenAsync(Guid contactId, CancellationToken ct) =>
        db.ContactChildren.Where(c => c.ContactId == contactId).Select(c => c.PersonId).ToListAsync(ct);
}
