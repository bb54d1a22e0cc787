using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Chronology;

/// <summary>Adding other agencies' events to a child's chronology, and marking entries significant with their impact.</summary>
public sealed class ChronologyService(HearthDbContext db, EventRecorder events, TimeProvider clock, ChildChronology chronology)
{
    public async Task<ChronologyEntry> AddEntryAsync(Guid personId, DateOnly? date, string? source, string? whatHappened, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (date is null)
        {
            errors.Add("Date", "Enter the date it happened");
        }
        else if (date > clock.TodayInEngland())
        {
            errors.Add("Date", "The date it happened must be today or in the past");
        }
        errors.Required("Source", source, "Enter the agency or source");
        errors.MaxLength("Source", source, ChronologyEntry.MaxSource, "The agency or source");
        errors.Required("WhatHappened", whatHappened, "Enter what happened");
        errors.MaxLength("WhatHappened", whatHappened, ChronologyEntry.MaxText, "What happened");
        errors.ThrowIfAny();
        if (!await db.People.AnyAsync(p => p.Id == personId && p.MergedIntoId == null, ct))
        {
            throw new RecordNotFoundException();
        }
        var entry = new ChronologyEntry
        {
            PersonId = personId,
            Date = date!.Value,
            Source = source!.Trim(),
            WhatHappened = whatHappened!.Trim(),
            RecordedById = ctx.UserId,
            RecordedAt = events.Now,
        };
        db.ChronologyEntries.Add(entry);
        events.Record(ctx, "Chronology.AddEntry", new ChronologyEntryAdded(entry.Id, personId, entry.Date, entry.Source, entry.WhatHappened), [personId]);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    /// <summary>Marks an entry significant (or not) with its impact on the child; a change is a new event, the old value kept in it.</summary>
    public async Task AnnotateAsync(Guid personId, long eventId, bool significant, string? impact, ProcessContext ctx, CancellationToken ct = default)
    {
        impact = string.IsNullOrWhiteSpace(impact) ? null : impact.Trim();
        var errors = new ErrorList();
        errors.MaxLength("Impact", impact, ChronologyEntry.MaxText, "The impact on the child");
        errors.ThrowIfAny();
        if (await chronology.EntryAsync(personId, eventId, ct) is null)
        {
            throw new RecordNotFoundException();
        }
        var annotation = await db.ChronologyAnnotations.SingleOrDefaultAsync(a => a.ProcessEventId == eventId, ct);
        var old = annotation is null ? null : new ChronologyAnnotationSnapshot(annotation.Significant, annotation.Impact);
        var @new = new ChronologyAnnotationSnapshot(significant, impact);
        if (old == @new)
        {
            return;
        }
        if (annotation is null)
        {
            annotation = new ChronologyAnnotation { ProcessEventId = eventId, PersonId = personId };
            db.ChronologyAnnotations.Add(annotation);
        }
        annotation.Significant = significant;
        annotation.Impact = impact;
        annotation.UpdatedAt = events.Now;
        annotation.UpdatedBy = ctx.UserName;
        events.Record(ctx, "Chronology.Annotate", new ChronologyEntryAnnotated(eventId, personId, old, @new), [personId]);
        await db.SaveChangesAsync(ct);
    }
}
