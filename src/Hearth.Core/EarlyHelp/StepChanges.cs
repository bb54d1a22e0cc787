using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.EarlyHelp;

/// <summary>
/// Stepping children down from social care to early help and up from early help to social care, the
/// receiving team's acceptance or refusal, and, for a step-down, getting the family's consent back:
/// chases, the consent's return and escalation. Accepting a step-down whose consent is back (or the
/// consent coming back to an accepted step-down) opens the child's early help episode in the same save.
/// </summary>
public sealed class StepChanges(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>From children's social care to early help; "from" is the worker's team.</summary>
    public async Task<StepChange> StepDownAsync(Guid personId, DateOnly? date, string? reason, Guid? receivingTeamId, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var from = await ActorTeamNameAsync(ctx, ct) ?? "Children's social care";
        var (step, team) = await RecordAsync(personId, StepDirection.StepDown, date, reason, receivingTeamId, from, ctx, ct);
        events.Record(ctx, "EarlyHelp.StepDown", new ChildSteppedDown(step.Id, personId, step.Date, from, null, team, step.Reason), [personId], step.Id);
        await db.SaveChangesAsync(ct);
        return step;
    }

    /// <summary>From early help to children's social care. The early help episode stays open until someone closes it.</summary>
    public async Task<StepChange> StepUpAsync(Guid personId, DateOnly? date, string? reason, Guid? receivingTeamId, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var from = await db.EarlyHelpEpisodes.Where(e => e.PersonId == personId && e.ClosedOn == null).Select(e => e.LeadOrganisation).FirstOrDefaultAsync(ct)
            ?? await ActorTeamNameAsync(ctx, ct) ?? "Early help";
        var (step, team) = await RecordAsync(personId, StepDirection.StepUp, date, reason, receivingTeamId, from, ctx, ct);
        events.Record(ctx, "EarlyHelp.StepUp", new ChildSteppedUp(step.Id, personId, step.Date, from, team, step.Reason), [personId], step.Id);
        await db.SaveChangesAsync(ct);
        return step;
    }

    public async Task AcceptAsync(Guid stepChangeId, DateOnly? acceptedOn, ProcessContext ctx, CancellationToken ct = default)
    {
        var step = await LoadAsync(stepChangeId, ct);
        var actor = await EnsureReceivingTeamAsync(step, ctx, ct);
        var today = clock.TodayInEngland();
        step.Accept(acceptedOn, today, ctx.UserName, actor?.TeamId);
        var team = await TeamNameAsync(step.ReceivingTeamId, ct);
        events.Record(ctx, "EarlyHelp.AcceptStepChange",
            new StepChangeAccepted(step.Id, step.PersonId, step.Direction, step.Date, step.AcceptedOn!.Value, ctx.UserName, team), [step.PersonId], step.Id);
        if (step.Direction == StepDirection.StepDown && step.ConsentReturnedOn is not null)
        {
            await OpenEpisodeAsync(step, today, ctx, "EarlyHelp.AcceptStepChange", ct);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task DeclineAsync(Guid stepChangeId, DateOnly? declinedOn, string? reason, ProcessContext ctx, CancellationToken ct = default)
    {
        var step = await LoadAsync(stepChangeId, ct);
        await EnsureReceivingTeamAsync(step, ctx, ct);
        step.Decline(declinedOn, reason, clock.TodayInEngland(), ctx.UserName);
        events.Record(ctx, "EarlyHelp.DeclineStepChange",
            new StepChangeDeclined(step.Id, step.PersonId, step.Direction, step.Date, step.DeclinedOn!.Value, ctx.UserName, step.DeclineReason!),
            [step.PersonId], step.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task<StepDownChase> RecordChaseAsync(Guid stepChangeId, StepDownChaseInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var step = await LoadAsync(stepChangeId, ct);
        var chase = step.RecordChase(input, clock.TodayInEngland(), events.Now, ctx.UserName);
        db.StepDownChases.Add(chase);
        events.Record(ctx, "EarlyHelp.RecordChase", new StepDownChased(step.Id, chase.Id, step.PersonId, chase.Date, chase.Method, chase.Notes),
            [step.PersonId], step.Id);
        await db.SaveChangesAsync(ct);
        return chase;
    }

    public async Task RecordConsentReturnedAsync(Guid stepChangeId, DateOnly? returnedOn, ProcessContext ctx, CancellationToken ct = default)
    {
        var step = await LoadAsync(stepChangeId, ct);
        var today = clock.TodayInEngland();
        step.RecordConsentReturned(returnedOn, today);
        events.Record(ctx, "EarlyHelp.RecordConsentReturned", new StepDownConsentReturned(step.Id, step.PersonId, step.ConsentReturnedOn!.Value),
            [step.PersonId], step.Id);
        if (step.Status == StepChangeStatus.Accepted)
        {
            await OpenEpisodeAsync(step, today, ctx, "EarlyHelp.RecordConsentReturned", ct);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task EscalateAsync(Guid stepChangeId, DateOnly? escalatedOn, string? escalatedTo, string? note, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var step = await LoadAsync(stepChangeId, ct);
        step.Escalate(escalatedOn, escalatedTo, note, clock.TodayInEngland(), ctx.UserName);
        events.Record(ctx, "EarlyHelp.Escalate", new StepDownEscalated(step.Id, step.PersonId, step.EscalatedOn!.Value, step.EscalatedTo!, step.EscalationNote!),
            [step.PersonId], step.Id);
        await db.SaveChangesAsync(ct);
    }

    private async Task<(StepChange Step, string Team)> RecordAsync(Guid personId, StepDirection direction, DateOnly? date, string? reason,
        Guid? receivingTeamId, string from, ProcessContext ctx, CancellationToken ct)
    {
        var step = StepChange.Record(personId, direction, date, reason, receivingTeamId, from, clock.TodayInEngland(), events.Now, ctx.UserName);
        await EarlyHelpService.EnsureChildAsync(db, personId, ct);
        var team = await TeamNameAsync(receivingTeamId, ct) ?? throw ValidationFailedException.For("ReceivingTeamId", "Select the team the child is going to");
        var pending = await db.StepChanges.Where(s => s.PersonId == personId && s.Direction == direction && s.AcceptedOn == null && s.DeclinedOn == null)
            .Select(s => (DateOnly?)s.Date).FirstOrDefaultAsync(ct);
        if (pending is { } earlier)
        {
            throw ValidationFailedException.For("Date",
                $"This child already has a {step.Noun} of {earlier:d MMMM yyyy} waiting for the receiving team to accept or decline it");
        }
        db.StepChanges.Add(step);
        return (step, team);
    }

    /// <summary>
    /// The receiving team decides: its members, its manager, or a service manager. A front-door
    /// step-down names no team, so any manager with the permission may take it for their team.
    /// </summary>
    private async Task<Actor?> EnsureReceivingTeamAsync(StepChange step, ProcessContext ctx, CancellationToken ct)
    {
        var actor = await db.Users.AsNoTracking().Where(u => u.Id == ctx.UserId).Select(u => new Actor(u.TeamId, u.Role)).SingleOrDefaultAsync(ct);
        if (step.ReceivingTeamId is not { } teamId)
        {
            return actor;
        }
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => new { t.Name, t.ManagerId }).SingleAsync(ct);
        var allowed = actor is not null && (actor.TeamId == teamId || team.ManagerId == ctx.UserId || actor.Role == Role.ServiceManager);
        if (!allowed)
        {
            throw ValidationFailedException.For("Decision", $"Only {team.Name}, the receiving team, can accept or decline this {step.Noun}");
        }
        return actor;
    }

    private async Task OpenEpisodeAsync(StepChange step, DateOnly today, ProcessContext ctx, string process, CancellationToken ct)
    {
        // A child already in early help (the family asked themselves meanwhile) keeps the episode they have.
        if (await EarlyHelpService.HasOpenEpisodeAsync(db, step.PersonId, ct))
        {
            return;
        }
        var episode = EarlyHelpEpisode.Open(step.PersonId,
            new EarlyHelpRequest(step.Date, EarlyHelpRequester.ChildrensSocialCare, step.Reason, true, step.ConsentReturnedOn),
            today, events.Now, ctx.UserName, step.Id);
        db.EarlyHelpEpisodes.Add(episode);
        EarlyHelpService.RecordOpened(events, ctx, episode, process);
    }

    private async Task<StepChange> LoadAsync(Guid stepChangeId, CancellationToken ct) =>
        await db.StepChanges.Include(s => s.Chases).SingleOrDefaultAsync(s => s.Id == stepChangeId, ct) ?? throw new RecordNotFoundException();

    private Task<string?> TeamNameAsync(Guid? teamId, CancellationToken ct) =>
        teamId is null ? Task.FromResult<string?>(null) : db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleOrDefaultAsync(ct);

    private Task<string?> ActorTeamNameAsync(ProcessContext ctx, CancellationToken ct) =>
        db.Users.Where(u => u.Id == ctx.UserId && u.TeamId != null).Select(u => u.Team!.Name).SingleOrDefaultAsync(ct);

    private sealed record Actor(Guid? TeamId, Role Role);
}
