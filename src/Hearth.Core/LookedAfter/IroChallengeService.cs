using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

public sealed record IroChallengeInput(DateOnly? RaisedOn, string? RaisedBy, bool? Formal, string? Concern, Guid? CarePeriodId = null);

public sealed record IroChallengeResolution(DateOnly? ResolvedOn, string? Resolution);

/// <summary>
/// The IRO's challenges to the child's plan (IRO Handbook 2010 ch 6, the dispute resolution process; CA89 s25B(3):
/// the IRO may refer the case to Cafcass): raised informally or formally, then resolved.
/// </summary>
public sealed class IroChallengeService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string Process = "LookedAfter.IroChallenge";

    public async Task<IroChallenge> RaiseAsync(Guid personId, IroChallengeInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        if (!await db.People.AsNoTracking().AnyAsync(p => p.Id == personId, ct))
        {
            throw new RecordNotFoundException();
        }
        var errors = new ErrorList();
        errors.RequirePastDate("RaisedOn", input.RaisedOn, clock.TodayInEngland(), "the challenge was raised");
        errors.Required("RaisedBy", input.RaisedBy, "Enter which IRO raised the challenge");
        errors.MaxLength("RaisedBy", input.RaisedBy, LookedAfterReviewService.MaxName, "Who raised the challenge");
        if (input.Formal is null)
        {
            errors.Add("Formal", "Select whether the challenge is informal or formal");
        }
        errors.Required("Concern", input.Concern, "Enter the IRO’s concern");
        errors.MaxLength("Concern", input.Concern, LookedAfterReviewService.MaxText, "The concern");
        errors.ThrowIfAny();

        var period = await CarePeriods.ForDateAsync(db, personId, input.CarePeriodId, input.RaisedOn!.Value, "RaisedOn", "the challenge was raised", ct);
        var challenge = new IroChallenge
        {
            CarePeriodId = period.Id,
            PersonId = personId,
            RaisedOn = input.RaisedOn.Value,
            RaisedBy = input.RaisedBy!.Trim(),
            Formal = input.Formal!.Value,
            Concern = input.Concern!.Trim(),
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.IroChallenges.Add(challenge);
        events.Record(ctx, Process, new IroChallengeRaised(challenge.Id, period.Id, challenge.RaisedOn, challenge.RaisedBy, challenge.Formal), [personId], period.Id);
        await db.SaveChangesAsync(ct);
        return challenge;
    }

    public async Task<IroChallenge> ResolveAsync(Guid personId, Guid challengeId, IroChallengeResolution input, ProcessContext ctx, CancellationToken ct = default)
    {
        var challenge = await db.IroChallenges.SingleOrDefaultAsync(c => c.Id == challengeId && c.PersonId == personId, ct)
            ?? throw new RecordNotFoundException();
        var errors = new ErrorList();
        if (challenge.ResolvedOn is not null)
        {
            errors.Add("ResolvedOn", "This challenge has already been resolved");
        }
        errors.RequirePastDate("ResolvedOn", input.ResolvedOn, clock.TodayInEngland(), "the challenge was resolved");
        if (input.ResolvedOn < challenge.RaisedOn)
        {
            errors.Add("ResolvedOn", $"The date the challenge was resolved cannot be before it was raised on {challenge.RaisedOn:d MMMM yyyy}");
        }
        errors.Required("Resolution", input.Resolution, "Enter how the challenge was resolved");
        errors.MaxLength("Resolution", input.Resolution, LookedAfterReviewService.MaxText, "How the challenge was resolved");
        errors.ThrowIfAny();

        challenge.ResolvedOn = input.ResolvedOn;
        challenge.Resolution = input.Resolution!.Trim();
        events.Record(ctx, Process, new IroChallengeResolved(challenge.Id, challenge.CarePeriodId, input.ResolvedOn!.Value), [personId], challenge.CarePeriodId);
        await db.SaveChangesAsync(ct);
        return challenge;
    }
}
