using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

public sealed record PersonalEducationPlanInput(DateOnly? HeldOn, string? School, bool? VirtualSchoolInvolved, bool? MissingEducation, string? Notes,
    Guid? CarePeriodId = null);

/// <summary>
/// Personal education plan meetings (Promoting the education of looked-after and previously looked-after children,
/// DfE 2018): the PEP is part of the care plan (CPPCR 2010 reg 5(b)(ii)), started within 10 working days of care and
/// reviewed each term, with the school and the virtual school head's part.
/// </summary>
public sealed class PersonalEducationPlanService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string Process = "LookedAfter.PersonalEducationPlan";

    public async Task<PersonalEducationPlan> RecordAsync(Guid personId, PersonalEducationPlanInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        if (!await db.People.AsNoTracking().AnyAsync(p => p.Id == personId, ct))
        {
            throw new RecordNotFoundException();
        }
        var errors = new ErrorList();
        errors.RequirePastDate("HeldOn", input.HeldOn, clock.TodayInEngland(), "of the PEP meeting");
        errors.MaxLength("School", input.School, LookedAfterReviewService.MaxName, "The school");
        if (input.VirtualSchoolInvolved is null)
        {
            errors.Add("VirtualSchoolInvolved", "Select whether the virtual school was involved");
        }
        if (input.MissingEducation is null)
        {
            errors.Add("MissingEducation", "Select whether the child is missing education");
        }
        errors.MaxLength("Notes", input.Notes, LookedAfterReviewService.MaxText, "The notes");
        errors.ThrowIfAny();

        var period = await CarePeriods.ForDateAsync(db, personId, input.CarePeriodId, input.HeldOn!.Value, "HeldOn", "of the PEP meeting", ct);
        var plan = new PersonalEducationPlan
        {
            CarePeriodId = period.Id,
            PersonId = personId,
            HeldOn = input.HeldOn.Value,
            School = string.IsNullOrWhiteSpace(input.School) ? null : input.School.Trim(),
            VirtualSchoolInvolved = input.VirtualSchoolInvolved!.Value,
            MissingEducation = input.MissingEducation!.Value,
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim(),
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.PersonalEducationPlans.Add(plan);
        events.Record(ctx, Process, new PersonalEducationPlanRecorded(plan.Id, period.Id, plan.HeldOn, plan.VirtualSchoolInvolved, plan.MissingEducation),
            [personId], period.Id);
        await db.SaveChangesAsync(ct);
        return plan;
    }
}
