using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

public sealed record LookedAfterVisitInput(DateOnly? VisitedOn, string? VisitedBy, bool? ChildSeen, bool? SeenAlone, string? Observations,
    Guid? CarePeriodId = null);

/// <summary>
/// Statutory visits to a looked-after child (CPPCR 2010 reg 28): whether the child was seen, and seen alone (reg 29:
/// the child is seen alone unless they refuse, or the worker judges it inappropriate). Only a visit where the child
/// was seen meets the reg 28 clock (<see cref="LookedAfterClockEvents"/>).
/// </summary>
public sealed class LookedAfterVisitService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string Process = "LookedAfter.Visit";

    public async Task<LookedAfterVisit> RecordAsync(Guid personId, LookedAfterVisitInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        if (!await db.People.AsNoTracking().AnyAsync(p => p.Id == personId, ct))
        {
            throw new RecordNotFoundException();
        }
        var errors = new ErrorList();
        errors.RequirePastDate("VisitedOn", input.VisitedOn, clock.TodayInEngland(), "of the visit");
        errors.Required("VisitedBy", input.VisitedBy, "Enter who visited");
        errors.MaxLength("VisitedBy", input.VisitedBy, LookedAfterReviewService.MaxName, "Who visited");
        if (input.ChildSeen is null)
        {
            errors.Add("ChildSeen", "Select whether the child was seen");
        }
        else if (input.ChildSeen == true && input.SeenAlone is null)
        {
            errors.Add("SeenAlone", "Select whether the child was seen alone");
        }
        else if (input.ChildSeen == false && input.SeenAlone == true)
        {
            errors.Add("SeenAlone", "The child can only have been seen alone if they were seen");
        }
        errors.Required("Observations", input.Observations, "Enter what you observed on the visit");
        errors.MaxLength("Observations", input.Observations, LookedAfterReviewService.MaxText, "What you observed");
        errors.ThrowIfAny();

        var period = await CarePeriods.ForDateAsync(db, personId, input.CarePeriodId, input.VisitedOn!.Value, "VisitedOn", "of the visit", ct);
        var seen = input.ChildSeen!.Value;
        var visit = new LookedAfterVisit
        {
            CarePeriodId = period.Id,
            PersonId = personId,
            VisitedOn = input.VisitedOn.Value,
            VisitedBy = input.VisitedBy!.Trim(),
            ChildSeen = seen,
            SeenAlone = seen && input.SeenAlone == true,
            Observations = input.Observations!.Trim(),
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.LookedAfterVisits.Add(visit);
        events.Record(ctx, Process, new LookedAfterChildVisited(visit.Id, period.Id, visit.VisitedOn, visit.VisitedBy, visit.ChildSeen, visit.SeenAlone),
            [personId], period.Id);
        await db.SaveChangesAsync(ct);
        return visit;
    }
}
