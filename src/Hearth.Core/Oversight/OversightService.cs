using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Oversight;

/// <summary>An action as entered: all three parts, or none (a blank row is ignored).</summary>
public sealed record OversightActionInput(string? Action, string? Owner, DateOnly? DueDate, bool DueDateInvalid = false)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Action) && string.IsNullOrWhiteSpace(Owner) && DueDate is null && !DueDateInvalid;
}

public sealed record OversightInput(DateOnly? Date, string? Decision, string? Rationale, IReadOnlyList<OversightActionInput> Actions);

/// <summary>One child's decision from a supervision session.</summary>
public sealed record SupervisionDecisionInput(Guid PersonId, string? Decision, string? Rationale, IReadOnlyList<OversightActionInput> Actions);

public sealed record SupervisionInput(Guid? SuperviseeId, DateOnly? Date, IReadOnlyList<SupervisionDecisionInput> Decisions);

/// <summary>
/// Management oversight on the child's record: a manager's direction, or the decisions of a supervision
/// session written onto each child's record they concern (one event per child, the same session id).
/// Each meets the child's open case's oversight obligation (<see cref="OversightRules.ManagementOversight"/>).
/// </summary>
public sealed class OversightService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public async Task<ManagementOversight> RecordAsync(Guid personId, OversightInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        CheckDate(errors, "Date", input.Date);
        var actions = CheckDirection(errors, "", input.Decision, input.Rationale, input.Actions);
        errors.ThrowIfAny();
        await EnsureVisibleAsync([personId], ctx, ct);
        var oversight = await AddAsync(personId, OversightKind.Direction, null, null, input.Date!.Value, input.Decision!, input.Rationale!, actions, ctx, ct);
        await db.SaveChangesAsync(ct);
        return oversight;
    }

    public async Task<SupervisionSession> RecordSupervisionAsync(SupervisionInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (input.SuperviseeId is null)
        {
            errors.Add("SuperviseeId", "Select the worker supervised");
        }
        CheckDate(errors, "Date", input.Date);
        var checkedDecisions = new List<(SupervisionDecisionInput Decision, List<OversightActionSnapshot> Actions)>();
        for (var i = 0; i < input.Decisions.Count; i++)
        {
            var d = input.Decisions[i];
            if (!string.IsNullOrWhiteSpace(d.Decision) || !string.IsNullOrWhiteSpace(d.Rationale) || d.Actions.Any(a => !a.IsBlank))
            {
                checkedDecisions.Add((d, CheckDirection(errors, $"Decisions[{i}].", d.Decision, d.Rationale, d.Actions)));
            }
        }
        if (checkedDecisions.Count == 0)
        {
            errors.Add("Decisions", "Enter the decision for at least one child");
        }
        errors.ThrowIfAny();
        var supervisee = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == input.SuperviseeId && u.IsActive, ct)
            ?? throw ValidationFailedException.For("SuperviseeId", "Select an active worker");
        var people = checkedDecisions.Select(d => d.Decision.PersonId).Distinct().ToList();
        var caseload = await db.Allocations.Where(a => a.WorkerId == supervisee.Id && a.EndDate == null && people.Contains(a.PersonId)).Select(a => a.PersonId).ToListAsync(ct);
        if (people.Except(caseload).Any())
        {
            throw ValidationFailedException.For("Decisions", $"Record decisions only for children allocated to {supervisee.DisplayName}");
        }
        await EnsureVisibleAsync(people, ctx, ct);
        var session = new SupervisionSession { SupervisorId = ctx.UserId, SuperviseeId = supervisee.Id, Date = input.Date!.Value, RecordedAt = events.Now };
        db.SupervisionSessions.Add(session);
        foreach (var (d, actions) in checkedDecisions)
        {
            await AddAsync(d.PersonId, OversightKind.Supervision, session.Id, supervisee.DisplayName, session.Date, d.Decision!, d.Rationale ?? "", actions, ctx, ct);
        }
        await db.SaveChangesAsync(ct);
        return session;
    }

    private async Task<ManagementOversight> AddAsync(Guid personId, OversightKind kind, Guid? sessionId, string? supervisee, DateOnly date,
        string decision, string rationale, IReadOnlyList<OversightActionSnapshot> actions, ProcessContext ctx, CancellationToken ct)
    {
        // The direction is about the child's open case; the latest open episode when there is one.
        var episodeId = await db.CinEpisodes.Where(e => e.PersonId == personId && e.CloseDate == null)
            .OrderByDescending(e => e.ReferralDate).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        var oversight = new ManagementOversight
        {
            PersonId = personId,
            EpisodeId = episodeId,
            Kind = kind,
            SupervisionSessionId = sessionId,
            Date = date,
            ManagerId = ctx.UserId,
            ManagerName = ctx.UserName,
            Decision = decision.Trim(),
            Rationale = rationale.Trim(),
            RecordedAt = events.Now,
        };
        oversight.Actions.AddRange(actions.Select(a => new OversightAction { OversightId = oversight.Id, Action = a.Action, Owner = a.Owner, DueDate = a.DueDate }));
        db.ManagementOversights.Add(oversight);
        events.Record(ctx, "Oversight.Record", new ManagementOversightRecorded(oversight.Id, personId, episodeId, kind, date, ctx.UserName,
            oversight.Decision, oversight.Rationale, actions, sessionId, supervisee), [personId], episodeId);
        return oversight;
    }

    private void CheckDate(ErrorList errors, string field, DateOnly? date)
    {
        if (date is null)
        {
            errors.Add(field, "Enter the date of the direction");
        }
        else if (date > clock.TodayInEngland())
        {
            errors.Add(field, "The date of the direction must be today or in the past");
        }
    }

    private static List<OversightActionSnapshot> CheckDirection(ErrorList errors, string prefix, string? decision, string? rationale,
        IReadOnlyList<OversightActionInput> actions)
    {
        errors.Required(prefix + "Decision", decision, "Enter the decision");
        errors.MaxLength(prefix + "Decision", decision, ManagementOversight.MaxText, "The decision");
        if (prefix.Length == 0)
        {
            errors.Required("Rationale", rationale, "Enter the reasons for the decision");
        }
        errors.MaxLength(prefix + "Rationale", rationale, ManagementOversight.MaxText, "The reasons");
        var result = new List<OversightActionSnapshot>();
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            if (a.IsBlank)
            {
                continue;
            }
            var key = $"{prefix}Actions[{i}].";
            errors.Required(key + "Action", a.Action, "Enter the action");
            errors.MaxLength(key + "Action", a.Action, ManagementOversight.MaxText, "The action");
            errors.Required(key + "Owner", a.Owner, "Enter who owns the action");
            errors.MaxLength(key + "Owner", a.Owner, ManagementOversight.MaxShortText, "The owner");
            if (a.DueDate is null)
            {
                errors.Add(key + "DueDate", a.DueDateInvalid ? "The date the action is due must be a real date" : "Enter the date the action is due");
            }
            if (!string.IsNullOrWhiteSpace(a.Action) && !string.IsNullOrWhiteSpace(a.Owner) && a.DueDate is { } due)
            {
                result.Add(new OversightActionSnapshot(a.Action.Trim(), a.Owner.Trim(), due));
            }
        }
        return result;
    }

    private async Task EnsureVisibleAsync(IReadOnlyCollection<Guid> people, ProcessContext ctx, CancellationToken ct)
    {
        var visible = await db.People.VisibleTo(ctx.UserId).CountAsync(p => people.Contains(p.Id), ct);
        if (visible != people.Count)
        {
            throw new RecordNotFoundException();
        }
    }
}
