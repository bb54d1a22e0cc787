using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

public sealed record SupportArrangementInput(SupportKind? Kind, DateOnly? RequestedOn, DateOnly? StartedOn, DateOnly? EndedOn, string? ProviderName);

/// <summary>
/// Independent visitors (CA89 s23ZB; Independent Visitors (Children) Regulations 2010) and advocacy (CA89 s26A): asked
/// for, matched or started, ended. A new request starts a record; a later save with its id records the match and the end.
/// </summary>
public sealed class SupportArrangementService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string Process = "LookedAfter.SupportArrangement";

    public async Task<SupportArrangement> SaveAsync(Guid personId, Guid? id, SupportArrangementInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        if (!await db.People.AsNoTracking().AnyAsync(p => p.Id == personId, ct))
        {
            throw new RecordNotFoundException();
        }
        var today = clock.TodayInEngland();
        var errors = new ErrorList();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("Kind", "Select whether this is an independent visitor or advocacy");
            kind = default;
        }
        errors.RequirePastDate("RequestedOn", input.RequestedOn, today, "it was requested");
        if (input.StartedOn > today)
        {
            errors.Add("StartedOn", "The date it was matched or started must be today or in the past");
        }
        else if (input.StartedOn < input.RequestedOn)
        {
            errors.Add("StartedOn", "The date it was matched or started cannot be before it was requested");
        }
        if (input.EndedOn > today)
        {
            errors.Add("EndedOn", "The date it ended must be today or in the past");
        }
        else if (input.EndedOn < (input.StartedOn ?? input.RequestedOn))
        {
            errors.Add("EndedOn", "The date it ended cannot be before it was requested or started");
        }
        errors.MaxLength("ProviderName", input.ProviderName, LookedAfterReviewService.MaxName, "The provider");
        errors.ThrowIfAny();

        var record = id is null
            ? new SupportArrangement { PersonId = personId, RecordedAt = events.Now, RecordedByName = ctx.UserName }
            : await db.SupportArrangements.SingleOrDefaultAsync(s => s.Id == id && s.PersonId == personId, ct) ?? throw new RecordNotFoundException();
        record.Kind = kind;
        record.RequestedOn = input.RequestedOn!.Value;
        record.StartedOn = input.StartedOn;
        record.EndedOn = input.EndedOn;
        record.ProviderName = string.IsNullOrWhiteSpace(input.ProviderName) ? null : input.ProviderName.Trim();
        if (id is null)
        {
            db.SupportArrangements.Add(record);
        }
        events.Record(ctx, Process, new SupportArrangementRecorded(record.Id, kind, record.RequestedOn, record.StartedOn, record.EndedOn, id is not null), [personId]);
        await db.SaveChangesAsync(ct);
        return record;
    }
}
