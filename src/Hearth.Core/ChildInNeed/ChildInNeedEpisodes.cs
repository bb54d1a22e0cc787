using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.ChildInNeed;

public sealed record CinClosureInput(DateOnly? CloseDate, string? ReasonForClosure, string? Summary);

public sealed record CinTransferInput(Guid? ToTeamId, DateOnly? Date, string? Direction);

/// <summary>
/// The manager's decisions on a CIN episode: closure with the DfE reason (RC1..RC9) and a summary,
/// reopening with a reason, transfer between teams with the manager's direction, and the visiting
/// frequency. Closing ends any open plan in the same transaction.
/// </summary>
public sealed class ChildInNeedEpisodes(HearthDbContext db, EventRecorder events, CinEpisodeGuard guard, TimeProvider clock, ChildInNeedOptions options)
{
    public const string Process = "ChildInNeed.Episode";

    public async Task CloseAsync(Guid episodeId, CinClosureInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var errors = new ErrorList();
        if (input.CloseDate is null)
        {
            errors.Add("CloseDate", "Enter the date the episode closed");
        }
        else if (input.CloseDate > today)
        {
            errors.Add("CloseDate", "The date the episode closed must be today or in the past");
        }
        if (!ReasonsForClosure.IsValid(input.ReasonForClosure))
        {
            errors.Add("ReasonForClosure", "Select the reason for closure");
        }
        errors.Required("Summary", input.Summary, "Enter a closure summary");
        errors.MaxLength("Summary", input.Summary, ChildInNeedPlan.MaxText, "The closure summary");
        errors.ThrowIfAny();

        var episode = await guard.OpenEpisodeAsync(episodeId, ct);
        var closeDate = input.CloseDate!.Value;
        if (closeDate < episode.ReferralDate)
        {
            throw ValidationFailedException.For("CloseDate", $"The episode cannot close before the referral on {episode.ReferralDate:d MMMM yyyy}");
        }
        // CIN census 8565: no activity after the closure date, so closure cannot predate recorded visits.
        var lastVisit = await db.Visits.Where(v => v.EpisodeId == episodeId).MaxAsync(v => (DateOnly?)v.Date, ct);
        if (lastVisit is { } visited && closeDate < visited)
        {
            throw ValidationFailedException.For("CloseDate", $"The episode cannot close before the last visit on {visited:d MMMM yyyy}");
        }
        var code = input.ReasonForClosure!;
        var openPlans = await db.ChildInNeedPlans.Where(p => p.EpisodeId == episodeId && p.Status != CinPlanStatus.Ended).ToListAsync(ct);
        var ended = new List<Guid>();
        foreach (var plan in openPlans)
        {
            var endDate = closeDate < plan.StartDate ? plan.StartDate : closeDate;
            plan.End(endDate, "Child in need episode closed");
            ended.Add(plan.Id);
            events.Record(ctx, ChildInNeedPlans.Process, new CinPlanEnded(plan.Id, episode.Id, endDate, "Child in need episode closed"), [episode.PersonId], episode.Id);
        }
        // ReferralNFA means the referral itself went no further. RC8 is also "closed after assessment,
        // no further action", and an episode with an assessment, enquiry or finalised plan did go further:
        // marking it NFA would be census errors 8831, 8832 and 4000 (activity on an NFA referral).
        var wentFurther = await db.Assessments.AnyAsync(a => a.EpisodeId == episodeId, ct)
            || await db.Section47Enquiries.AnyAsync(s => s.EpisodeId == episodeId, ct)
            || await db.InitialChildProtectionConferences.AnyAsync(c => c.EpisodeId == episodeId, ct)
            || await db.ChildInNeedPlans.AnyAsync(p => p.EpisodeId == episodeId && p.FinalisedOn != null, ct);
        episode.Close(closeDate, code, ReasonsForClosure.MarksReferralNfa(code) && !wentFurther, input.Summary!.Trim());
        events.Record(ctx, Process, new CinEpisodeClosed(episode.Id, closeDate, code, ReasonsForClosure.Label(code), episode.ReferralNfa, episode.ClosureSummary!, ended),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Reopens a closed episode so work can be recorded again; the reopening and its reason are an event on the child's history.</summary>
    public async Task ReopenAsync(Guid episodeId, string? reason, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        errors.Required("Reason", reason, "Enter why the episode is being reopened");
        errors.MaxLength("Reason", reason, ChildInNeedPlan.MaxText, "The reason");
        errors.ThrowIfAny();
        var episode = await db.CinEpisodes.SingleOrDefaultAsync(e => e.Id == episodeId, ct) ?? throw new RecordNotFoundException();
        if (episode.IsOpen)
        {
            throw ValidationFailedException.For("Reason", "This episode is open");
        }
        var closedOn = episode.CloseDate!.Value;
        var wasReason = episode.ReasonForClosure ?? "";
        episode.Reopen();
        events.Record(ctx.WithReason(reason!.Trim()), Process, new CinEpisodeReopened(episode.Id, closedOn, wasReason, reason.Trim()), [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task<CinTransfer> TransferAsync(Guid episodeId, CinTransferInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (input.ToTeamId is null)
        {
            errors.Add("ToTeamId", "Select the team the case is moving to");
        }
        if (input.Date is null)
        {
            errors.Add("Date", "Enter the date of the transfer");
        }
        else if (input.Date > clock.TodayInEngland().AddMonths(1))
        {
            errors.Add("Date", "The transfer must be within the next month");
        }
        errors.Required("Direction", input.Direction, "Enter the manager’s direction to the receiving team");
        errors.MaxLength("Direction", input.Direction, ChildInNeedPlan.MaxText, "The direction");
        errors.ThrowIfAny();
        var episode = await guard.OpenEpisodeAsync(episodeId, ct);
        var to = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == input.ToTeamId, ct)
            ?? throw ValidationFailedException.For("ToTeamId", "Select the team the case is moving to");
        if (episode.TeamId == to.Id)
        {
            throw ValidationFailedException.For("ToTeamId", "The case is already held by this team");
        }
        if (input.Date < episode.ReferralDate)
        {
            throw ValidationFailedException.For("Date", "The transfer cannot be before the referral");
        }
        var fromName = episode.TeamId is { } fromId ? await db.Teams.Where(t => t.Id == fromId).Select(t => t.Name).SingleOrDefaultAsync(ct) : null;
        var transfer = new CinTransfer
        {
            EpisodeId = episode.Id,
            FromTeamId = episode.TeamId,
            ToTeamId = to.Id,
            Date = input.Date!.Value,
            Direction = input.Direction!.Trim(),
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.CinTransfers.Add(transfer);
        episode.TeamId = to.Id;
        events.Record(ctx, Process, new CinEpisodeTransferred(transfer.Id, episode.Id, transfer.FromTeamId, fromName, to.Id, to.Name, transfer.Date, transfer.Direction),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
        return transfer;
    }

    public async Task SetVisitingFrequencyAsync(Guid episodeId, int? workingDays, ProcessContext ctx, CancellationToken ct = default)
    {
        if (workingDays is not (> 0 and <= 130))
        {
            throw ValidationFailedException.For("VisitingFrequency", "Enter a visiting frequency between 1 and 130 working days");
        }
        var episode = await guard.OpenEpisodeAsync(episodeId, ct);
        if (episode.VisitingFrequencyWorkingDays == workingDays)
        {
            return;
        }
        var old = episode.VisitingFrequencyWorkingDays ?? options.VisitingFrequencyWorkingDays;
        episode.VisitingFrequencyWorkingDays = workingDays.Value;
        events.Record(ctx, Process, new CinVisitingFrequencySet(episode.Id, old, workingDays.Value), [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
    }
}
