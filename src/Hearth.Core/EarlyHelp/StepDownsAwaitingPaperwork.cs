using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.EarlyHelp;

public enum PaperworkStatus
{
    Waiting = 1,
    ChaseDue = 2,
    EscalationDue = 3,
    Escalated = 4,
}

/// <summary>Where a step-down stands while the family's consent is awaited, and when the next chase and the escalation fall due.</summary>
public sealed record PaperworkClock(PaperworkStatus Status, DateOnly ChaseDueOn, DateOnly EscalationDueOn, DateOnly? LastChasedOn);

public sealed record AwaitingPaperworkRow(Guid StepChangeId, Guid PersonId, string ChildName, DateOnly StepDate, string From, string? ReceivingTeam,
    StepChangeStatus Decision, int Chases, PaperworkClock Clock, DateOnly? EscalatedOn, string? EscalatedTo);

public sealed record AwaitingPaperworkList(IReadOnlyList<AwaitingPaperworkRow> Rows, int NotShown);

/// <summary>
/// Step-downs whose family has not yet returned consent or paperwork, most pressing first, with the
/// authority's chase and escalation points (<see cref="EarlyHelpOptions"/>) in working days from the
/// England and Wales calendar. Restricted children the user is not named on are counted, never named;
/// each child shown is written to the access log.
/// </summary>
public sealed class StepDownsAwaitingPaperwork(HearthDbContext db, EventRecorder events, EarlyHelpOptions options, IWorkingDayCalendar calendar,
    TimeProvider clock)
{
    public const string What = "Step-downs awaiting paperwork";

    public async Task<AwaitingPaperworkList> ListAsync(ProcessContext ctx, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var steps = await db.StepChanges.AsNoTracking().Include(s => s.Chases)
            .Where(s => s.Direction == StepDirection.StepDown && s.DeclinedOn == null && s.ConsentReturnedOn == null)
            .ToListAsync(ct);
        var people = steps.Select(s => s.PersonId).Distinct().ToList();
        var names = await db.People.VisibleTo(ctx.UserId).Where(p => people.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                Name = p.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).Select(n => n.GivenNames + " " + n.FamilyName).FirstOrDefault() ?? p.Reference,
            })
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var teamIds = steps.Select(s => s.ReceivingTeamId).OfType<Guid>().Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        var rows = steps.Where(s => names.ContainsKey(s.PersonId))
            .Select(s => new AwaitingPaperworkRow(s.Id, s.PersonId, names[s.PersonId], s.Date, s.FromDescription,
                s.ReceivingTeamId is { } t && teams.TryGetValue(t, out var team) ? team : null,
                s.Status, s.Chases.Count, ClockFor(s, today, options, calendar), s.EscalatedOn, s.EscalatedTo))
            .OrderByDescending(r => r.Clock.Status == PaperworkStatus.EscalationDue)
            .ThenByDescending(r => r.Clock.Status == PaperworkStatus.ChaseDue)
            .ThenBy(r => r.StepDate).ThenBy(r => r.ChildName, StringComparer.Ordinal)
            .ToList();
        // A list of children is a read of each of them (DESIGN.md idea 3), as search results are.
        foreach (var personId in rows.Select(r => r.PersonId).Distinct())
        {
            events.Accessed(ctx, AccessKind.AppearedInSearchResults, personId, What);
        }
        await db.SaveChangesAsync(ct);
        return new AwaitingPaperworkList(rows, steps.Count - rows.Count);
    }

    /// <summary>
    /// The chase falls due N working days after the step-down, or after the last chase once there has
    /// been one; escalation M working days after the step-down, however often the family was chased.
    /// "Due" means on or after that day. An escalated step-down stays on the list until consent returns.
    /// </summary>
    public static PaperworkClock ClockFor(StepChange step, DateOnly today, EarlyHelpOptions options, IWorkingDayCalendar calendar)
    {
        DateOnly? lastChased = step.Chases.Count == 0 ? null : step.Chases.Max(c => c.Date);
        var chaseFrom = lastChased is { } last && last > step.Date ? last : step.Date;
        var chaseDue = WorkingDays.AddWorkingDays(chaseFrom, options.ChaseStepDownAfterWorkingDays, calendar);
        var escalationDue = WorkingDays.AddWorkingDays(step.Date, options.EscalateStepDownAfterWorkingDays, calendar);
        var status = step.EscalatedOn is not null ? PaperworkStatus.Escalated
            : today >= escalationDue ? PaperworkStatus.EscalationDue
            : today >= chaseDue ? PaperworkStatus.ChaseDue
            : PaperworkStatus.Waiting;
        return new PaperworkClock(status, chaseDue, escalationDue, lastChased);
    }
}
