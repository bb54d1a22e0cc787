using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

/// <summary>
/// Finds the period of care a dated record belongs to (a review, a visit, a PEP): the one named, else the one
/// running on the day, else the open one, so a date outside it is refused with a message rather than filed
/// against the wrong period.
/// </summary>
internal static class CarePeriods
{
    public static async Task<CarePeriod> ForDateAsync(HearthDbContext db, Guid personId, Guid? periodId, DateOnly date, string field,
        string what, CancellationToken ct)
    {
        CarePeriod? period;
        if (periodId is { } id)
        {
            period = await db.CarePeriods.SingleOrDefaultAsync(p => p.Id == id && p.PersonId == personId, ct) ?? throw new RecordNotFoundException();
        }
        else
        {
            var periods = await db.CarePeriods.Where(p => p.PersonId == personId).ToListAsync(ct);
            period = periods.Where(p => p.StartDate <= date && (p.EndDate is null || date <= p.EndDate)).MaxBy(p => p.StartDate)
                ?? periods.FirstOrDefault(p => p.IsOpen)
                ?? periods.MaxBy(p => p.StartDate)
                ?? throw ValidationFailedException.For(field, "The child has no period of care: record when they became looked after first");
        }
        if (date < period.StartDate)
        {
            throw ValidationFailedException.For(field, $"The date {what} cannot be before the child became looked after on {period.StartDate:d MMMM yyyy}");
        }
        if (period.EndDate is { } ended && date > ended)
        {
            throw ValidationFailedException.For(field, $"The date {what} cannot be after the period of care ended on {ended:d MMMM yyyy}");
        }
        return period;
    }

    /// <summary>The usual checks on a required date: entered, and today or in the past.</summary>
    public static void RequirePastDate(this ErrorList errors, string field, DateOnly? date, DateOnly today, string what)
    {
        if (date is null)
        {
            errors.Add(field, $"Enter the date {what}");
        }
        else if (date > today)
        {
            errors.Add(field, $"The date {what} must be today or in the past");
        }
    }
}
