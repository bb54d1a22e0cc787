using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.ChildProtection;

/// <summary>
/// Every child protection write: strategy discussions, section 47 enquiries, initial conferences
/// (the only route to a plan), core groups, review conferences, CP visits and plan endings. Each
/// refuses a closed episode (<see cref="CinEpisodeGuard"/>) and saves its event in the same SaveChanges.
/// </summary>
public sealed class ChildProtectionService(HearthDbContext db, EventRecorder events, CinEpisodeGuard guard, TimeProvider clock, ChildProtectionOptions options,
    ChildInNeedPlans cinPlans, StatutoryRuleTable rules)
{
    private const string Area = "ChildProtection";

    public async Task<StrategyDiscussion> RecordStrategyDiscussionAsync(Guid episodeId, StrategyDiscussionInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var episode = await guard.OpenEpisodeAsync(episodeId, ct);
        var discussion = StrategyDiscussion.Record(episode.Id, episode.PersonId, episode.ReferralDate, input, clock.TodayInEngland(), events.Now, ctx.UserName);
        db.StrategyDiscussions.Add(discussion);
        events.Record(ctx, $"{Area}.RecordStrategyDiscussion",
            new StrategyDiscussionRecorded(discussion.Id, episode.Id, episode.PersonId, discussion.HeldOn, discussion.HeldAt,
                discussion.Attendees.Select(a => $"{a.Name} ({a.AgencyText})").ToList(), discussion.Decision, discussion.AlternativePlan,
                discussion.ImmediateSafetyActions, discussion.InitialConferenceTarget),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
        return discussion;
    }

    public async Task<Section47Enquiry> StartSection47Async(Guid strategyDiscussionId, Section47StartInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var discussion = await db.StrategyDiscussions.SingleOrDefaultAsync(d => d.Id == strategyDiscussionId, ct) ?? throw new RecordNotFoundException();
        await guard.OpenEpisodeAsync(discussion.EpisodeId, ct);
        if (await db.Section47Enquiries.AnyAsync(s => s.StrategyDiscussionId == discussion.Id, ct))
        {
            throw ValidationFailedException.For("StartDate", "A section 47 enquiry has already been started from this strategy discussion");
        }
        var enquiry = Section47Enquiry.Start(discussion, input, clock.TodayInEngland(), events.Now, ctx.UserName);
        db.Section47Enquiries.Add(enquiry);
        events.Record(ctx, $"{Area}.StartSection47",
            new Section47EnquiryStarted(enquiry.Id, enquiry.EpisodeId, enquiry.PersonId, discussion.Id, enquiry.StartDate, enquiry.InitialCpcTarget,
                enquiry.ChildSeenOn, enquiry.ChildSeenAloneOn, enquiry.MedicalOn),
            [enquiry.PersonId], enquiry.EpisodeId);
        await db.SaveChangesAsync(ct);
        return enquiry;
    }

    public async Task RecordSection47OutcomeAsync(Guid enquiryId, Section47OutcomeInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var enquiry = await db.Section47Enquiries.SingleOrDefaultAsync(s => s.Id == enquiryId, ct) ?? throw new RecordNotFoundException();
        await guard.OpenEpisodeAsync(enquiry.EpisodeId, ct);
        enquiry.RecordOutcome(input, clock.TodayInEngland());
        events.Record(ctx, $"{Area}.RecordSection47Outcome",
            new Section47OutcomeRecorded(enquiry.Id, enquiry.EpisodeId, enquiry.PersonId, enquiry.OutcomeDate!.Value, enquiry.Outcome!.Value, enquiry.OutcomeNotes),
            [enquiry.PersonId], enquiry.EpisodeId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records the initial conference on a section 47 enquiry; a decision of "plan" starts the child
    /// protection plan. This is the only way a plan is created.
    /// </summary>
    public async Task<InitialChildProtectionConference> RecordInitialConferenceAsync(Guid enquiryId, InitialConferenceInput input, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var enquiry = await db.Section47Enquiries.AsNoTracking().SingleOrDefaultAsync(s => s.Id == enquiryId, ct) ?? throw new RecordNotFoundException();
        await guard.OpenEpisodeAsync(enquiry.EpisodeId, ct);
        var alreadyHeld = await db.InitialChildProtectionConferences.AnyAsync(c => c.Section47EnquiryId == enquiryId, ct);
        if (input.Decision == ConferenceDecision.Plan && await db.ChildProtectionPlans.AnyAsync(p => p.PersonId == enquiry.PersonId && p.EndDate == null, ct))
        {
            throw ValidationFailedException.For("Decision", "This child already has an open child protection plan: record a review conference instead");
        }
        var conference = InitialChildProtectionConference.Hold(enquiry, alreadyHeld, input, clock.TodayInEngland(), events.Now, ctx.UserName);
        db.InitialChildProtectionConferences.Add(conference);
        events.Record(ctx, $"{Area}.RecordInitialConference",
            new InitialChildProtectionConferenceHeld(conference.Id, conference.EpisodeId, conference.PersonId, enquiry.Id, conference.Date,
                conference.TargetDate, conference.WorkingDaysFromStrategyDiscussion, conference.Chair, conference.Decision, conference.Category,
                conference.ChildAttended, conference.ChildHadAdvocate, conference.ChildViewsConveyed),
            [conference.PersonId], conference.EpisodeId);
        if (conference.Decision == ConferenceDecision.Plan)
        {
            var previous = await db.ChildProtectionPlans.CountAsync(p => p.PersonId == enquiry.PersonId && p.StartDate <= conference.Date, ct);
            var plan = conference.MakePlan(previous);
            db.ChildProtectionPlans.Add(plan);
            events.Record(ctx, $"{Area}.RecordInitialConference",
                new ChildProtectionPlanStarted(plan.Id, plan.EpisodeId, plan.PersonId, conference.Id, plan.StartDate, plan.InitialCategory, plan.PreviousPlans),
                [plan.PersonId], plan.Id);
        }
        await db.SaveChangesAsync(ct);
        return conference;
    }

    /// <summary>
    /// A transfer-in conference for a child who has moved in on another authority's plan. The
    /// decision of "plan" starts this authority's plan, as an initial conference's does.
    /// </summary>
    public async Task<InitialChildProtectionConference> RecordTransferInConferenceAsync(Guid episodeId, TransferInInput transfer, InitialConferenceInput input,
        ProcessContext ctx, CancellationToken ct = default)
    {
        var episode = await guard.OpenEpisodeAsync(episodeId, ct);
        if (input.Decision == ConferenceDecision.Plan && await db.ChildProtectionPlans.AnyAsync(p => p.PersonId == episode.PersonId && p.EndDate == null, ct))
        {
            throw ValidationFailedException.For("Decision", "This child already has an open child protection plan: record a review conference instead");
        }
        var conference = InitialChildProtectionConference.HoldTransferIn(episode.Id, episode.PersonId, episode.ReferralDate, transfer, input,
            rules["cp.transfer-in-conference.15wd"].Timescale, clock.TodayInEngland(), events.Now, ctx.UserName);
        db.InitialChildProtectionConferences.Add(conference);
        events.Record(ctx, $"{Area}.RecordTransferInConference",
            new TransferInConferenceHeld(conference.Id, conference.EpisodeId, conference.PersonId, conference.TransferredFrom!, conference.TransferNoticeReceivedOn!.Value,
                conference.Date, conference.TargetDate, conference.Chair, conference.Decision, conference.Category),
            [conference.PersonId], conference.EpisodeId);
        if (conference.Decision == ConferenceDecision.Plan)
        {
            var previous = await db.ChildProtectionPlans.CountAsync(p => p.PersonId == episode.PersonId && p.StartDate <= conference.Date, ct);
            var plan = conference.MakePlan(previous);
            db.ChildProtectionPlans.Add(plan);
            events.Record(ctx, $"{Area}.RecordTransferInConference",
                new ChildProtectionPlanStarted(plan.Id, plan.EpisodeId, plan.PersonId, conference.Id, plan.StartDate, plan.InitialCategory, plan.PreviousPlans),
                [plan.PersonId], plan.Id);
        }
        await db.SaveChangesAsync(ct);
        return conference;
    }

    public async Task<CoreGroupMeeting> RecordCoreGroupAsync(Guid planId, CoreGroupInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var plan = await LoadPlanAsync(planId, ct);
        var meeting = plan.AddCoreGroup(input, clock.TodayInEngland(), events.Now, ctx.UserName);
        db.CoreGroupMeetings.Add(meeting);
        events.Record(ctx, $"{Area}.RecordCoreGroup", new CoreGroupMeetingRecorded(meeting.Id, plan.Id, plan.PersonId, meeting.Date, meeting.Attendees, meeting.Notes),
            [plan.PersonId], plan.Id);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task<ChildProtectionVisit> RecordVisitAsync(Guid planId, ChildProtectionVisitInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var plan = await LoadPlanAsync(planId, ct);
        var visit = plan.AddVisit(input, clock.TodayInEngland(), events.Now, ctx.UserName);
        db.ChildProtectionVisits.Add(visit);
        events.Record(ctx, $"{Area}.RecordVisit", new ChildProtectionVisitRecorded(visit.Id, plan.Id, plan.PersonId, visit.Date, visit.ChildSeen, visit.ChildSeenAlone),
            [plan.PersonId], plan.Id);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    public async Task<ReviewChildProtectionConference> RecordReviewConferenceAsync(Guid planId, ReviewConferenceInput input, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var plan = await LoadPlanAsync(planId, ct);
        var review = plan.AddReview(input, clock.TodayInEngland(), events.Now, ctx.UserName, options.StepDownCinPlanWeeks);
        db.ReviewChildProtectionConferences.Add(review);
        events.Record(ctx, $"{Area}.RecordReviewConference",
            new ReviewChildProtectionConferenceRecorded(review.Id, plan.Id, plan.PersonId, review.Date, review.Chair, review.ContinuePlan, review.PreviousCategory, review.LatestCategory),
            [plan.PersonId], plan.Id);
        if (!plan.IsOpen)
        {
            RecordEnded(plan, ctx, $"{Area}.RecordReviewConference");
        }
        await db.SaveChangesAsync(ct);
        return review;
    }

    public async Task EndPlanAsync(Guid planId, PlanEndInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var plan = await LoadPlanAsync(planId, ct);
        plan.End(input, clock.TodayInEngland(), options.StepDownCinPlanWeeks);
        RecordEnded(plan, ctx, $"{Area}.EndPlan");
        // Ending for reduced risk steps the child down to a child in need plan (WT23 ch.3): the draft
        // plan is made in the same transaction, unless the episode already has one.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (plan.StepDownCinPlanWeeks is not null
            && !await db.ChildInNeedPlans.AnyAsync(p => p.EpisodeId == plan.EpisodeId && p.Status != CinPlanStatus.Ended, ct))
        {
            await cinPlans.DraftAsync(plan.EpisodeId, plan.EndDate, ctx, ct);
        }
        await transaction.CommitAsync(ct);
    }

    private void RecordEnded(ChildProtectionPlan plan, ProcessContext ctx, string process)
    {
        events.Record(ctx, process,
            new ChildProtectionPlanEnded(plan.Id, plan.PersonId, plan.EndDate!.Value, plan.EndReason!.Value, plan.EndNotes, plan.StepDownCinPlanWeeks, plan.StepDownCinPlanUntil),
            [plan.PersonId], plan.Id);
        if (plan.StepDownCinPlanWeeks is { } weeks)
        {
            events.Record(ctx, process, new StepDownCinPlanNeeded(plan.Id, plan.EpisodeId, plan.PersonId, plan.EndDate!.Value, weeks, plan.StepDownCinPlanUntil!.Value),
                [plan.PersonId], plan.EpisodeId);
        }
    }

    private async Task<ChildProtectionPlan> LoadPlanAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.ChildProtectionPlans.Include(p => p.CoreGroups).Include(p => p.Reviews).Include(p => p.Visits)
            .SingleOrDefaultAsync(p => p.Id == planId, ct) ?? throw new RecordNotFoundException();
        await guard.OpenEpisodeAsync(plan.EpisodeId, ct);
        return plan;
    }
}
