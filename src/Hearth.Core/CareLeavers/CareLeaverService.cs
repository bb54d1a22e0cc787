using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.CareLeavers;

/// <summary>A contact as entered: <paramref name="AccommodationType"/> is ACCOM's letter (or "0"), <paramref name="Suitable"/> its 1 or 2.</summary>
public sealed record CareLeaverContactInput(DateOnly? ContactOn, string? InTouch, string? Activity, string? AccommodationType, bool? Suitable, string? Notes);

public sealed record PathwayPlanInput(PathwayPlanStage? Stage, DateOnly? On, string? Notes);

public sealed record PersonalAdviserInput(string? AdviserName, DateOnly? From);

public sealed record StayingPutInput(string? CarerName, DateOnly? StartedOn);

public sealed record CareLeaverContactRecorded(Guid ContactId, Guid PersonId, DateOnly ContactOn, string InTouch) : IProcessEvent
{
    public string Summary => $"Care leaver contact on {ContactOn:d MMMM yyyy}: {CareLeaverCodes.InTouchLabel(InTouch) ?? InTouch}";
}

public sealed record PathwayPlanRecorded(Guid EntryId, Guid PersonId, PathwayPlanStage Stage, DateOnly On) : IProcessEvent
{
    public string Summary => Stage switch
    {
        PathwayPlanStage.NeedsAssessment => $"Care leaver needs assessment completed on {On:d MMMM yyyy}",
        PathwayPlanStage.PlanAgreed => $"Pathway plan agreed on {On:d MMMM yyyy}",
        _ => $"Pathway plan reviewed on {On:d MMMM yyyy}",
    };
}

public sealed record PersonalAdviserAllocated(Guid AllocationId, Guid PersonId, string AdviserName, DateOnly From, Guid? PreviousAllocationId) : IProcessEvent
{
    public string Summary => $"Personal adviser {AdviserName} from {From:d MMMM yyyy}";
}

public sealed record StayingPutRecorded(Guid ArrangementId, Guid PersonId, DateOnly StartedOn, DateOnly? EndedOn) : IProcessEvent
{
    public string Summary => EndedOn is { } ended
        ? $"Staying put ended on {ended:d MMMM yyyy}"
        : $"Staying put with former foster carers from {StartedOn:d MMMM yyyy}";
}

/// <summary>
/// The care leaver's record: needs assessment, pathway plan and its reviews (CPPCR 2010 regs 42, 43; Care Leavers
/// (England) Regs 2010), the personal adviser (CA89 Sch 2 para 19C, s23D), staying put (s23CZA) and the contacts that
/// say whether the authority is in touch and what the young person is doing and where they live (SSDA903 OC3).
/// </summary>
public sealed class CareLeaverService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string Process = "CareLeavers.Record";

    public async Task<CareLeaverContact> RecordContactAsync(Guid personId, CareLeaverContactInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var dob = await DateOfBirthAsync(personId, ct);
        var today = clock.TodayInEngland();
        var errors = new ErrorList();
        RequirePast(errors, "ContactOn", input.ContactOn, "of the contact", today, dob);
        var inTouch = Code(input.InTouch);
        var activity = Code(input.Activity);
        var type = Code(input.AccommodationType);
        if (!Ssda903Codes.InTouch.Is(inTouch))
        {
            errors.Add("InTouch", "Select whether the authority is in touch with the young person");
        }
        if (activity is not null && !Ssda903Codes.Activity.Is(activity))
        {
            errors.Add("Activity", "Select what the young person is doing");
        }
        string? accommodation = null;
        if (type == "0")
        {
            accommodation = "0";
        }
        else if (type is not null)
        {
            accommodation = input.Suitable is { } suitable ? type + (suitable ? "1" : "2") : null;
            if (!Ssda903Codes.Accommodation.Is(accommodation ?? type + "1"))
            {
                errors.Add("AccommodationType", "Select where the young person lives");
            }
            else if (input.Suitable is null)
            {
                errors.Add("Suitable", "Select whether the accommodation is suitable");
            }
        }
        // In touch: what they are doing and where they live is what OC3 asks, so both are needed and neither is "not known".
        if (inTouch == "YES")
        {
            if (activity is null or "0")
            {
                errors.Add("Activity", "Select what the young person is doing");
            }
            if (type is null or "0")
            {
                errors.Add("AccommodationType", "Select where the young person lives");
            }
        }
        errors.MaxLength("Notes", input.Notes?.Trim(), CarePeriod.MaxText, "Notes");
        errors.ThrowIfAny();
        var contact = new CareLeaverContact
        {
            PersonId = personId,
            ContactOn = input.ContactOn!.Value,
            InTouch = inTouch!,
            Activity = activity,
            Accommodation = accommodation,
            Notes = Clean(input.Notes),
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.CareLeaverContacts.Add(contact);
        events.Record(ctx, Process, new CareLeaverContactRecorded(contact.Id, personId, contact.ContactOn, contact.InTouch), [personId]);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    public async Task<PathwayPlanEntry> RecordPathwayPlanAsync(Guid personId, PathwayPlanInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var dob = await DateOfBirthAsync(personId, ct);
        var errors = new ErrorList();
        if (input.Stage is null)
        {
            errors.Add("Stage", "Select what is being recorded");
        }
        RequirePast(errors, "On", input.On, "it was completed", clock.TodayInEngland(), dob);
        if (input.Stage == PathwayPlanStage.PlanReviewed && input.On is { } on
            && !await db.PathwayPlans.AnyAsync(p => p.PersonId == personId && p.Stage == PathwayPlanStage.PlanAgreed && p.On <= on, ct))
        {
            errors.Add("Stage", "Record the pathway plan being agreed before a review of it");
        }
        errors.MaxLength("Notes", input.Notes?.Trim(), CarePeriod.MaxText, "Notes");
        errors.ThrowIfAny();
        var entry = new PathwayPlanEntry
        {
            PersonId = personId,
            Stage = input.Stage!.Value,
            On = input.On!.Value,
            Notes = Clean(input.Notes),
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.PathwayPlans.Add(entry);
        events.Record(ctx, Process, new PathwayPlanRecorded(entry.Id, personId, entry.Stage, entry.On), [personId]);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    /// <summary>Allocates a personal adviser from a date; the current one's allocation ends that day.</summary>
    public async Task<PersonalAdviserAllocation> AllocateAdviserAsync(Guid personId, PersonalAdviserInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var dob = await DateOfBirthAsync(personId, ct);
        var current = await db.PersonalAdvisers.Where(a => a.PersonId == personId && a.To == null).OrderByDescending(a => a.From).FirstOrDefaultAsync(ct);
        var errors = new ErrorList();
        errors.Required("AdviserName", input.AdviserName, "Enter the personal adviser's name");
        errors.MaxLength("AdviserName", input.AdviserName?.Trim(), CarePeriod.MaxName, "The personal adviser's name");
        RequirePast(errors, "From", input.From, "the adviser was allocated", clock.TodayInEngland(), dob);
        if (input.From is { } from && current is not null && from <= current.From)
        {
            errors.Add("From", $"The date must be after {current.AdviserName} was allocated on {current.From:d MMMM yyyy}");
        }
        errors.ThrowIfAny();
        if (current is not null)
        {
            current.To = input.From!.Value;
        }
        var allocation = new PersonalAdviserAllocation
        {
            PersonId = personId,
            AdviserName = input.AdviserName!.Trim(),
            From = input.From!.Value,
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.PersonalAdvisers.Add(allocation);
        events.Record(ctx, Process, new PersonalAdviserAllocated(allocation.Id, personId, allocation.AdviserName, allocation.From, current?.Id), [personId]);
        await db.SaveChangesAsync(ct);
        return allocation;
    }

    /// <summary>Starts staying put with former foster carers (CA89 s23CZA): from 18, one arrangement at a time.</summary>
    public async Task<StayingPutArrangement> StartStayingPutAsync(Guid personId, StayingPutInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var dob = await DateOfBirthAsync(personId, ct);
        var errors = new ErrorList();
        errors.Required("CarerName", input.CarerName, "Enter the former foster carer's name");
        errors.MaxLength("CarerName", input.CarerName?.Trim(), CarePeriod.MaxName, "The carer's name");
        RequirePast(errors, "StartedOn", input.StartedOn, "staying put started", clock.TodayInEngland(), dob);
        if (input.StartedOn is { } start && dob is { } born && start < born.AddYears(18))
        {
            errors.Add("StartedOn", $"Staying put starts on or after the young person's 18th birthday, {born.AddYears(18):d MMMM yyyy}");
        }
        if (await db.StayingPutArrangements.AnyAsync(s => s.PersonId == personId && s.EndedOn == null, ct))
        {
            errors.Add("StartedOn", "End the current staying put arrangement before starting another");
        }
        errors.ThrowIfAny();
        var arrangement = new StayingPutArrangement
        {
            PersonId = personId,
            CarerName = input.CarerName!.Trim(),
            StartedOn = input.StartedOn!.Value,
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.StayingPutArrangements.Add(arrangement);
        events.Record(ctx, Process, new StayingPutRecorded(arrangement.Id, personId, arrangement.StartedOn, null), [personId]);
        await db.SaveChangesAsync(ct);
        return arrangement;
    }

    public async Task<StayingPutArrangement> EndStayingPutAsync(Guid personId, DateOnly? endedOn, ProcessContext ctx, CancellationToken ct = default)
    {
        var dob = await DateOfBirthAsync(personId, ct);
        var current = await db.StayingPutArrangements.Where(s => s.PersonId == personId && s.EndedOn == null).FirstOrDefaultAsync(ct)
            ?? throw new RecordNotFoundException();
        var errors = new ErrorList();
        RequirePast(errors, "EndedOn", endedOn, "staying put ended", clock.TodayInEngland(), dob);
        if (endedOn < current.StartedOn)
        {
            errors.Add("EndedOn", $"The date staying put ended cannot be before it started on {current.StartedOn:d MMMM yyyy}");
        }
        errors.ThrowIfAny();
        current.EndedOn = endedOn;
        events.Record(ctx, Process, new StayingPutRecorded(current.Id, personId, current.StartedOn, endedOn), [personId]);
        await db.SaveChangesAsync(ct);
        return current;
    }

    private async Task<DateOnly?> DateOfBirthAsync(Guid personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.DateOfBirth }).SingleOrDefaultAsync(ct)
            ?? throw new RecordNotFoundException();
        return person.DateOfBirth;
    }

    private static void RequirePast(ErrorList errors, string field, DateOnly? date, string what, DateOnly today, DateOnly? dob)
    {
        if (date is not { } d)
        {
            errors.Add(field, $"Enter the date {what}");
        }
        else if (d > today)
        {
            errors.Add(field, $"The date {what} must be today or in the past");
        }
        else if (d < dob)
        {
            errors.Add(field, "The date cannot be before the young person's date of birth");
        }
    }

    private static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
