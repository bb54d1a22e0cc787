using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// The threshold decision: what response the children need, always with a written rationale (three
/// of the five Ofsted letters found decisions without one). A referral opens a CIN episode for each
/// child, flagged when it re-refers within 12 months; early help records a step-down for the early
/// help team to accept. All in one transaction with the decision's events.
/// </summary>
public sealed class ThresholdDecisions(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public async Task DecideAsync(Guid contactId, ThresholdOutcome? outcome, string? rationale, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            errors.Add("Outcome", "Select the decision");
        }
        errors.Required("Rationale", rationale, "Enter the rationale for the decision");
        errors.MaxLength("Rationale", rationale, ContactValidator.MaxFreeText, "The rationale");
        errors.ThrowIfAny();

        var contact = await db.Contacts.Include(c => c.Children).SingleOrDefaultAsync(c => c.Id == contactId, ct)
            ?? throw new RecordNotFoundException();
        if (contact.Status != ContactStatus.AwaitingDecision)
        {
            throw ValidationFailedException.For("Outcome", "The threshold decision on this contact has already been made");
        }
        if (contact.Children.Count == 0)
        {
            throw ValidationFailedException.For("Outcome", "Link at least one child to the contact before deciding");
        }
        if (contact.NeedsRiskRatingBeforeDecision)
        {
            throw ValidationFailedException.For("Outcome", "Give this police notification a RAG rating before deciding");
        }

        var decision = new ThresholdDecision
        {
            Outcome = outcome!.Value,
            Rationale = rationale!.Trim(),
            DecidedAt = events.Now,
            DecidedById = ctx.UserId,
            DecidedByName = ctx.UserName,
        };
        var wasReferral = contact.ReferralReceivedAt is not null;
        contact.Decide(decision);
        var children = contact.Children.Select(c => c.PersonId).ToList();
        if (!wasReferral && contact.ReferralReceivedAt is { } becameReferral)
        {
            events.Record(ctx, "FrontDoor.Decide", new ContactTreatedAsReferral(contact.Id, contact.Reference, becameReferral), children, contact.Id);
        }
        events.Record(ctx, "FrontDoor.Decide",
            new ThresholdDecisionMade(contact.Id, contact.Reference, decision.Outcome, decision.Rationale, decision.DecidedAt), children, contact.Id);

        if (decision.Outcome.OpensCinEpisode())
        {
            await OpenCinEpisodesAsync(contact, children, ctx, ct);
        }
        else if (decision.Outcome == ThresholdOutcome.EarlyHelp)
        {
            StepDownToEarlyHelp(contact, children, decision, ctx);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task OpenCinEpisodesAsync(Contact contact, List<Guid> children, ProcessContext ctx, CancellationToken ct)
    {
        var referralDate = DateOnly.FromDateTime(EnglandClock.ToEnglandTime(contact.ReferralReceivedAt!.Value));
        var previous = await db.CinEpisodes.AsNoTracking()
            .Where(e => children.Contains(e.PersonId))
            .Select(e => new { e.PersonId, e.ReferralDate })
            .ToListAsync(ct);
        foreach (var child in children)
        {
            var reReferral = ReReferral.IsReReferral(previous.Where(p => p.PersonId == child).Select(p => p.ReferralDate), referralDate);
            var episode = new CinEpisode
            {
                PersonId = child,
                ReferralDate = referralDate,
                ReferralSource = contact.ReferralSourceCode,
                ContactId = contact.Id,
                IsReReferral = reReferral,
                OpenedAt = events.Now,
            };
            db.CinEpisodes.Add(episode);
            events.Record(ctx, "FrontDoor.Decide",
                new CinEpisodeOpened(episode.Id, child, referralDate, episode.ReferralSource, reReferral, contact.Id), [child], episode.Id);
        }
    }

    private void StepDownToEarlyHelp(Contact contact, List<Guid> children, ThresholdDecision decision, ProcessContext ctx)
    {
        var today = clock.TodayInEngland();
        foreach (var child in children)
        {
            var step = new StepChange
            {
                PersonId = child,
                Direction = StepDirection.StepDown,
                Date = today,
                Reason = decision.Rationale,
                FromDescription = "Front door",
                ContactId = contact.Id,
                RecordedAt = events.Now,
                RecordedByName = ctx.UserName,
            };
            db.StepChanges.Add(step);
            events.Record(ctx, "FrontDoor.Decide", new ChildSteppedDown(step.Id, child, step.Date, step.FromDescription, contact.Reference), [child], contact.Id);
        }
    }
}
