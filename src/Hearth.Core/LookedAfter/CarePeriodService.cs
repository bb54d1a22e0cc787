using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People.Identity;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

/// <summary>
/// The child's periods of care as they happen: becoming looked after (CA89 s20, s31, s38, s44, s46, PACE, remand),
/// each change of legal status, each move of placement, the care and placement plans (CPPCR 2010 regs 4, 9 and 13),
/// the independent reviewing officer (CA89 s25A), the permanence plan, and ceasing to be looked after. Changes are
/// recorded in the order they happen, so the SSDA903 episodes derived from them (<see cref="CarePeriodEpisodes"/>)
/// never need retyping. Every write validates first and changes nothing when the input is wrong.
/// </summary>
public sealed class CarePeriodService(HearthDbContext db, EventRecorder events, TimeProvider clock,
    Returns.Ssda903.ReferenceData.Ssda903ReferenceData referenceData)
{
    public const string StartProcess = "LookedAfter.Start";
    public const string LegalStatusProcess = "LookedAfter.LegalStatus";
    public const string PlacementProcess = "LookedAfter.Placement";
    public const string PlacementPlanProcess = "LookedAfter.PlacementPlan";
    public const string CarePlanProcess = "LookedAfter.CarePlan";
    public const string IroProcess = "LookedAfter.IndependentReviewingOfficer";
    public const string PermanenceProcess = "LookedAfter.Permanence";
    public const string EndProcess = "LookedAfter.End";

    public async Task<CarePeriod> StartAsync(Guid personId, StartCarePeriodInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct) ?? throw new RecordNotFoundException();
        var previous = await db.CarePeriods.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(ct);
        var today = clock.TodayInEngland();
        var errors = new ErrorList();
        if (person.DateOfBirth is not { } born)
        {
            errors.Add("StartDate", person.IsUnborn
                ? "An unborn child cannot be looked after: record the child's birth first"
                : "Record the child's date of birth before recording that they became looked after");
        }
        else if (input.StartDate is not { } start)
        {
            errors.Add("StartDate", "Enter the date the child became looked after");
        }
        else if (start > today)
        {
            errors.Add("StartDate", "The date the child became looked after must be today or in the past");
        }
        else if (start < born)
        {
            errors.Add("StartDate", $"The date the child became looked after cannot be before they were born on {born:d MMMM yyyy}");
        }
        else if (previous.FirstOrDefault(p => p.IsOpen) is { } open)
        {
            errors.Add("StartDate", $"The child is already looked after, since {open.StartDate:d MMMM yyyy}: end that period of care first");
        }
        else if (previous.Where(p => p.EndDate is not null).MaxBy(p => p.EndDate) is { } last && start < last.EndDate)
        {
            errors.Add("StartDate", $"A new period of care cannot start before the last one ended on {last.EndDate:d MMMM yyyy}");
        }
        if (!Ssda903Codes.CategoryOfNeed.Is(input.CategoryOfNeed))
        {
            errors.Add("CategoryOfNeed", "Select the category of need");
        }
        if (!Ssda903Codes.LegalStatus.Is(input.LegalStatus))
        {
            errors.Add("LegalStatus", "Select the legal status");
        }
        var homePostcode = OptionalPostcode(errors, "HomePostcode", input.HomePostcode, "home");
        var placement = ValidPlacement(errors, input.Placement, carerFromCurrent: null);
        errors.ThrowIfAny();

        var period = new CarePeriod
        {
            PersonId = personId,
            StartDate = input.StartDate!.Value,
            CategoryOfNeed = input.CategoryOfNeed!.Trim(),
            HomePostcode = homePostcode,
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        period.LegalStatuses.Add(NewStatus(period, period.StartDate, input.LegalStatus!.Trim(), ctx));
        var first = NewPlacement(period, period.StartDate, placement, null, ctx);
        period.Placements.Add(first);
        db.CarePeriods.Add(period);
        events.Record(ctx, StartProcess, new CarePeriodStarted(period.Id, personId, period.StartDate, period.CategoryOfNeed,
            period.LegalStatuses[0].Code, first.PlacementType, first.Provider, first.CarerName), [personId], period.Id);
        await db.SaveChangesAsync(ct);
        return period;
    }

    /// <summary>
    /// A new legal status from <paramref name="from"/>. Police protection (L1) is not refused for lasting past 72 hours:
    /// the child may stay looked after under another status, which the worker records; the page warns instead
    /// (<see cref="CarePeriodEpisodes.PoliceProtectionOverran"/>).
    /// </summary>
    public async Task<LegalStatusRecord> ChangeLegalStatusAsync(Guid periodId, DateOnly? from, string? code, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var period = await LoadAsync(periodId, ct);
        var current = period.LegalStatuses.MaxBy(s => s.From)!;
        var placement = period.Placements.MaxBy(p => p.From)!;
        var errors = new ErrorList();
        if (from is not { } date)
        {
            errors.Add("From", "Enter the date the legal status changed");
        }
        else if (!period.IsOpen)
        {
            errors.Add("From", $"The period of care ended on {period.EndDate:d MMMM yyyy}: the legal status can no longer change");
        }
        else if (date > clock.TodayInEngland())
        {
            errors.Add("From", "The date the legal status changed must be today or in the past");
        }
        else if (date <= current.From)
        {
            errors.Add("From", $"The date the legal status changed must be after the current legal status began on {current.From:d MMMM yyyy}");
        }
        else if (date < placement.From)
        {
            errors.Add("From", $"The date the legal status changed cannot be before the current placement began on {placement.From:d MMMM yyyy}");
        }
        if (!Ssda903Codes.LegalStatus.Is(code))
        {
            errors.Add("LegalStatus", "Select the legal status");
        }
        else if (code!.Trim() == current.Code)
        {
            errors.Add("LegalStatus", "Select a different legal status: this is the child's legal status now");
        }
        errors.ThrowIfAny();

        var status = NewStatus(period, from!.Value, code!.Trim(), ctx);
        db.LegalStatuses.Add(status);
        events.Record(ctx, LegalStatusProcess, new LegalStatusChanged(period.Id, period.PersonId, status.From, current.Code, status.Code),
            [period.PersonId], period.Id);
        await db.SaveChangesAsync(ct);
        return status;
    }

    public async Task<Placement> MovePlacementAsync(Guid periodId, MovePlacementInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var period = await LoadAsync(periodId, ct);
        var current = period.Placements.MaxBy(p => p.From)!;
        var status = period.LegalStatuses.MaxBy(s => s.From)!;
        var errors = new ErrorList();
        if (input.From is not { } date)
        {
            errors.Add("From", "Enter the date of the move");
        }
        else if (!period.IsOpen)
        {
            errors.Add("From", $"The period of care ended on {period.EndDate:d MMMM yyyy}: the child can no longer move placement in it");
        }
        else if (date > clock.TodayInEngland())
        {
            errors.Add("From", "The date of the move must be today or in the past");
        }
        else if (date <= current.From)
        {
            errors.Add("From", $"The date of the move must be after the current placement began on {current.From:d MMMM yyyy}");
        }
        else if (date < status.From)
        {
            errors.Add("From", $"The date of the move cannot be before the current legal status began on {status.From:d MMMM yyyy}");
        }
        if (!Ssda903Codes.ReasonPlaceChange.Is(input.ReasonForMove))
        {
            errors.Add("ReasonForMove", "Select the reason for the move");
        }
        var placement = ValidPlacement(errors, input.Placement, input.SameCarer ? current.CarerName : null);
        errors.ThrowIfAny();

        var moved = NewPlacement(period, input.From!.Value, placement, input.ReasonForMove!.Trim(), ctx);
        db.Placements.Add(moved);
        events.Record(ctx, PlacementProcess, new PlacementMoved(period.Id, period.PersonId, moved.Id, moved.From, moved.ReasonForMove!,
            input.SameCarer, moved.PlacementType, moved.Provider, moved.CarerName), [period.PersonId], period.Id);
        await db.SaveChangesAsync(ct);
        return moved;
    }

    /// <summary>The plan for the current placement (CPPCR 2010 reg 9: before the placement or within 5 working days) and its notifications (reg 13).</summary>
    public async Task RecordPlacementPlanAsync(Guid periodId, PlacementPlanInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var period = await LoadAsync(periodId, ct);
        var current = period.Placements.MaxBy(p => p.From)!;
        var errors = new ErrorList();
        PlanDate(errors, period, "PlacementPlanAgreedOn", input.PlacementPlanAgreedOn, "the placement plan was agreed");
        PlanDate(errors, period, "NotificationsSentOn", input.NotificationsSentOn, "the notifications were sent");
        errors.MaxLength("DelegatedAuthority", input.DelegatedAuthority, CarePeriod.MaxText, "Delegated authority");
        errors.MaxLength("ContactArrangements", input.ContactArrangements, CarePeriod.MaxText, "Contact arrangements");
        if (input.PlacementPlanAgreedOn is null && input.NotificationsSentOn is null
            && string.IsNullOrWhiteSpace(input.DelegatedAuthority) && string.IsNullOrWhiteSpace(input.ContactArrangements))
        {
            errors.Add("PlacementPlanAgreedOn", "Enter the date the placement plan was agreed, or another detail of the placement plan");
        }
        errors.ThrowIfAny();

        current.PlacementPlanAgreedOn = input.PlacementPlanAgreedOn;
        current.NotificationsSentOn = input.NotificationsSentOn;
        current.DelegatedAuthority = Text(input.DelegatedAuthority);
        current.ContactArrangements = Text(input.ContactArrangements);
        events.Record(ctx, PlacementPlanProcess, new PlacementPlanRecorded(period.Id, period.PersonId, current.Id, current.PlacementPlanAgreedOn,
            current.NotificationsSentOn, current.DelegatedAuthority is not null, current.ContactArrangements is not null), [period.PersonId], period.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The care plan (CPPCR 2010 reg 4: before the first placement, or within 10 working days of it when that is not practicable).</summary>
    public async Task RecordCarePlanAgreedAsync(Guid periodId, DateOnly? agreedOn, ProcessContext ctx, CancellationToken ct = default)
    {
        var period = await LoadAsync(periodId, ct);
        var errors = new ErrorList();
        if (agreedOn is null)
        {
            errors.Add("CarePlanAgreedOn", "Enter the date the care plan was agreed");
        }
        PlanDate(errors, period, "CarePlanAgreedOn", agreedOn, "the care plan was agreed");
        errors.ThrowIfAny();

        period.CarePlanAgreedOn = agreedOn;
        events.Record(ctx, CarePlanProcess, new CarePlanAgreed(period.Id, period.PersonId, agreedOn!.Value), [period.PersonId], period.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Appoints the child's independent reviewing officer (CA89 s25A), one of the users with that role.</summary>
    public async Task AppointIroAsync(Guid periodId, Guid? iroUserId, DateOnly? appointedOn, ProcessContext ctx, CancellationToken ct = default)
    {
        var period = await LoadAsync(periodId, ct);
        var iro = iroUserId is { } userId
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.IsActive && u.Role == Role.IndependentReviewingOfficer, ct)
            : null;
        var errors = new ErrorList();
        if (iro is null)
        {
            errors.Add("IroUserId", "Select the independent reviewing officer");
        }
        PeriodDate(errors, period, "AppointedOn", appointedOn, "the independent reviewing officer was appointed");
        errors.ThrowIfAny();

        period.IndependentReviewingOfficerId = iro!.Id;
        period.IndependentReviewingOfficerName = iro.DisplayName;
        period.IndependentReviewingOfficerAppointedOn = appointedOn;
        events.Record(ctx, IroProcess, new IndependentReviewingOfficerAppointed(period.Id, period.PersonId, iro.Id, iro.DisplayName, appointedOn!.Value),
            [period.PersonId], period.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The permanence plan, which the second review should agree (Care Planning Regulations guidance vol 2, ch 2).</summary>
    public async Task RecordPermanencePlanAsync(Guid periodId, PermanenceGoal? goal, DateOnly? decidedOn, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var period = await LoadAsync(periodId, ct);
        var errors = new ErrorList();
        if (goal is null || !Enum.IsDefined(goal.Value))
        {
            errors.Add("PermanenceGoal", "Select the permanence plan");
        }
        PeriodDate(errors, period, "DecidedOn", decidedOn, "the permanence plan was decided");
        errors.ThrowIfAny();

        period.PermanenceGoal = goal;
        period.PermanenceDecidedOn = decidedOn;
        events.Record(ctx, PermanenceProcess, new PermanencePlanRecorded(period.Id, period.PersonId, goal!.Value, decidedOn!.Value),
            [period.PersonId], period.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The child ceased to be looked after: the last episode ends with REC (never X1, which only joins episodes).</summary>
    public async Task EndAsync(Guid periodId, DateOnly? endDate, string? reasonCeased, ProcessContext ctx, CancellationToken ct = default)
    {
        var period = await LoadAsync(periodId, ct);
        var lastChange = period.LegalStatuses.Select(s => s.From).Concat(period.Placements.Select(p => p.From)).Max();
        var errors = new ErrorList();
        if (endDate is not { } end)
        {
            errors.Add("EndDate", "Enter the date the child ceased to be looked after");
        }
        else if (!period.IsOpen)
        {
            errors.Add("EndDate", $"The period of care already ended on {period.EndDate:d MMMM yyyy}");
        }
        else if (end > clock.TodayInEngland())
        {
            errors.Add("EndDate", "The date the child ceased to be looked after must be today or in the past");
        }
        else if (end < lastChange)
        {
            errors.Add("EndDate", $"The date the child ceased to be looked after cannot be before the last change of legal status or placement on {lastChange:d MMMM yyyy}");
        }
        if (reasonCeased is null || !LookedAfterCodes.ReasonsCeased.Any(r => r.Code == reasonCeased.Trim()))
        {
            errors.Add("ReasonCeased", "Select the reason the child ceased to be looked after");
        }
        errors.ThrowIfAny();

        period.EndDate = endDate;
        period.ReasonCeased = reasonCeased!.Trim();
        events.Record(ctx, EndProcess, new CarePeriodEnded(period.Id, period.PersonId, endDate!.Value, period.ReasonCeased), [period.PersonId], period.Id);
        await db.SaveChangesAsync(ct);
    }

    private async Task<CarePeriod> LoadAsync(Guid periodId, CancellationToken ct) =>
        await db.CarePeriods.Include(p => p.LegalStatuses).Include(p => p.Placements).SingleOrDefaultAsync(p => p.Id == periodId, ct)
        ?? throw new RecordNotFoundException();

    /// <summary>A date in the period: on or after its start, not after its end, not in the future.</summary>
    private void PeriodDate(ErrorList errors, CarePeriod period, string field, DateOnly? date, string what)
    {
        if (date is not { } d)
        {
            errors.Add(field, $"Enter the date {what}");
        }
        else if (d > clock.TodayInEngland())
        {
            errors.Add(field, $"The date {what} must be today or in the past");
        }
        else if (d < period.StartDate)
        {
            errors.Add(field, $"The date {what} cannot be before the child became looked after on {period.StartDate:d MMMM yyyy}");
        }
        else if (d > period.EndDate)
        {
            errors.Add(field, $"The date {what} cannot be after the child ceased to be looked after on {period.EndDate:d MMMM yyyy}");
        }
    }

    /// <summary>
    /// An optional planning date. Plans may come before the child is placed (CPPCR 2010 regs 4 and 9 expect them to,
    /// where practicable), so only the future and the time after the period ended are refused.
    /// </summary>
    private void PlanDate(ErrorList errors, CarePeriod period, string field, DateOnly? date, string what)
    {
        if (date > clock.TodayInEngland())
        {
            errors.Add(field, $"The date {what} must be today or in the past");
        }
        else if (date > period.EndDate)
        {
            errors.Add(field, $"The date {what} cannot be after the child ceased to be looked after on {period.EndDate:d MMMM yyyy}");
        }
    }

    private static PlacementInput ValidPlacement(ErrorList errors, PlacementInput input, string? carerFromCurrent)
    {
        var type = input.PlacementType?.Trim();
        var provider = string.IsNullOrWhiteSpace(input.Provider) ? null : input.Provider.Trim();
        if (!Ssda903Codes.Placement.Is(type))
        {
            errors.Add("PlacementType", "Select the placement type");
        }
        else if (LookedAfterCodes.PlacementTypesWithoutProvider.Contains(type!))
        {
            if (provider is not null)
            {
                errors.Add("Provider", $"Leave the placement provider blank for placement type {type}");
            }
        }
        else if (!Ssda903Codes.PlacementProvider.Is(provider))
        {
            errors.Add("Provider", "Select the placement provider");
        }
        var carer = carerFromCurrent ?? input.CarerName?.Trim();
        if (string.IsNullOrWhiteSpace(carer))
        {
            errors.Add("CarerName", "Enter the name of the carer or provider");
        }
        errors.MaxLength("CarerName", carer, CarePeriod.MaxName, "The name of the carer or provider");
        var urn = string.IsNullOrWhiteSpace(input.Urn) ? null : input.Urn.Trim().ToUpperInvariant();
        if (urn is not null && (urn.Length > 10 || !urn.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add("Urn", "The Ofsted URN must be letters and numbers, 10 at most, like SC123456");
        }
        var postcode = OptionalPostcode(errors, "PlacementPostcode", input.Postcode, "placement");
        if (input.Siblings is { } siblings && !Enum.IsDefined(siblings))
        {
            errors.Add("Siblings", "Select whether brothers and sisters are placed together");
        }
        return input with { PlacementType = type, Provider = provider, CarerName = carer, Urn = urn, Postcode = postcode };
    }

    private static string? OptionalPostcode(ErrorList errors, string field, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (UkPostcode.TryParse(value, out var postcode, out _))
        {
            return postcode.Value;
        }
        errors.Add(field, $"Enter a real {what} postcode, like SW1A 1AA");
        return null;
    }

    private LegalStatusRecord NewStatus(CarePeriod period, DateOnly from, string code, ProcessContext ctx) => new()
    {
        CarePeriodId = period.Id,
        PersonId = period.PersonId,
        From = from,
        Code = code,
        RecordedAt = events.Now,
        RecordedByName = ctx.UserName,
    };

    private Placement NewPlacement(CarePeriod period, DateOnly from, PlacementInput input, string? reasonForMove, ProcessContext ctx) => new()
    {
        CarePeriodId = period.Id,
        PersonId = period.PersonId,
        From = from,
        PlacementType = input.PlacementType!,
        Provider = input.Provider,
        CarerName = input.CarerName!,
        Urn = input.Urn,
        Postcode = input.Postcode,
        ReasonForMove = reasonForMove,
        OutOfArea = input.OutOfArea,
        DistanceMiles = PlacementDistance.Miles(referenceData.Postcodes, period.HomePostcode, input.Postcode),
        LongTerm = input.LongTerm,
        Siblings = input.Siblings,
        RecordedAt = events.Now,
        RecordedByName = ctx.UserName,
    };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
