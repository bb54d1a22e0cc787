using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.EarlyHelp;

/// <summary>
/// One month's (or the whole period's) step-up and step-down figures. Acceptance is counted for the
/// steps dated in the month, whenever they were accepted. Re-referrals are counted for the month's
/// step-downs that were not declined; <see cref="SixMonthsElapsed"/> and <see cref="TwelveMonthsElapsed"/>
/// say whether every one of them has had its whole window yet (until then the figure can still rise).
/// </summary>
public sealed record StepFigures(int StepDowns, int StepUps, int Accepted, int Declined, int AwaitingDecision, double? MedianDaysToAcceptance,
    int StepDownsFollowed, int ReReferredWithin6Months, int ReReferredWithin12Months, bool SixMonthsElapsed, bool TwelveMonthsElapsed);

public sealed record StepMonth(DateOnly Month, StepFigures Figures);

public sealed record StepMonitoringReport(DateOnly From, DateOnly To, IReadOnlyList<StepMonth> Months, StepFigures Total);

/// <summary>
/// The step-up/step-down monitoring that Ofsted found missing: how many children moved each way each
/// month, how many the receiving team accepted and how quickly, and how many children stepped down
/// to early help came back to social care as a referral within 6 and 12 months.
/// </summary>
public sealed class StepMonitoring(HearthDbContext db, TimeProvider clock)
{
    /// <summary>The reporting year the DfE's returns use: 1 April <paramref name="startYear"/> to 31 March the year after.</summary>
    public Task<StepMonitoringReport> ForReportingYearAsync(int startYear, CancellationToken ct = default) =>
        ForPeriodAsync(new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31), ct);

    /// <summary>Every calendar month from <paramref name="from"/>'s to <paramref name="to"/>'s, counting steps dated within the two dates inclusive.</summary>
    public async Task<StepMonitoringReport> ForPeriodAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var steps = await db.StepChanges.AsNoTracking().Where(s => s.Date >= from && s.Date <= to).ToListAsync(ct);
        var children = steps.Where(s => s.Direction == StepDirection.StepDown).Select(s => s.PersonId).Distinct().ToList();
        var latest = to.AddMonths(12);
        var referrals = await db.CinEpisodes.AsNoTracking()
            .Where(e => children.Contains(e.PersonId) && e.ReferralDate > from && e.ReferralDate <= latest)
            .ToListAsync(ct);
        return Compute(steps, referrals, from, to, clock.TodayInEngland());
    }

    /// <summary>The figures from rows already loaded; the whole calculation, so it is tested without a database.</summary>
    public static StepMonitoringReport Compute(IEnumerable<StepChange> stepChanges, IEnumerable<CinEpisode> cinEpisodes, DateOnly from, DateOnly to,
        DateOnly today)
    {
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }
        var steps = stepChanges.Where(s => s.Date >= from && s.Date <= to).ToList();
        var referralsByChild = cinEpisodes.ToLookup(e => e.PersonId, e => e.ReferralDate);
        var months = new List<StepMonth>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var start = month;
            months.Add(new StepMonth(month, Figures(steps.Where(s => s.Date.Year == start.Year && s.Date.Month == start.Month).ToList(),
                referralsByChild, month.AddMonths(1).AddDays(-1), today)));
        }
        return new StepMonitoringReport(from, to, months, Figures(steps, referralsByChild, to, today));
    }

    /// <summary>
    /// Whether a referral re-refers a child stepped down on <paramref name="steppedDown"/> within
    /// <paramref name="months"/> months: after the step-down day, up to and including the same date
    /// <paramref name="months"/> months on (the anniversary is in, the day after is out), the same
    /// reading of "within 12 months" as <see cref="ReReferral"/>. A referral on the day of the
    /// step-down itself is not a return: the child had not yet left.
    /// </summary>
    public static bool ReReferredWithin(DateOnly steppedDown, DateOnly referral, int months) =>
        referral > steppedDown && referral <= steppedDown.AddMonths(months);

    private static StepFigures Figures(List<StepChange> steps, ILookup<Guid, DateOnly> referrals, DateOnly lastDay, DateOnly today)
    {
        var downs = steps.Where(s => s.Direction == StepDirection.StepDown).ToList();
        var followed = downs.Where(s => s.DeclinedOn is null).ToList();
        var days = steps.Where(s => s.AcceptedOn is not null).Select(s => s.AcceptedOn!.Value.DayNumber - s.Date.DayNumber).ToList();
        int ReReferred(int months) => followed.Count(s => referrals[s.PersonId].Any(r => ReReferredWithin(s.Date, r, months)));
        return new StepFigures(
            StepDowns: downs.Count,
            StepUps: steps.Count - downs.Count,
            Accepted: days.Count,
            Declined: steps.Count(s => s.DeclinedOn is not null),
            AwaitingDecision: steps.Count(s => s.Status == StepChangeStatus.AwaitingDecision),
            MedianDaysToAcceptance: Median(days),
            StepDownsFollowed: followed.Count,
            ReReferredWithin6Months: ReReferred(6),
            ReReferredWithin12Months: ReReferred(12),
            SixMonthsElapsed: today > lastDay.AddMonths(6),
            TwelveMonthsElapsed: today > lastDay.AddMonths(12));
    }

    /// <summary>The middle value; with an even count, the mean of the two middle values (so 2 and 5 give 3.5).</summary>
    public static double? Median(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
