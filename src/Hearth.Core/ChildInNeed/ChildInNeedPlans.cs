using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.ChildInNeed;

public sealed record CinOutcomeInput(string? WhatNeedsToChange, DateOnly? ReviewDate);

public sealed record CinActionInput(string? What, string? Owner, DateOnly? ByDate);

public sealed record CinReviewInput(DateOnly? Date, string? Attendees, string? Progress, DateOnly? NextReviewDate);

/// <summary>
/// Child in need plans: drafted on an open episode, outcomes and actions added, finalised only when
/// every action has an owner and a date, reviewed, ended. Pages and the API call these same methods,
/// so the rules hold on both; each write saves its event in the same SaveChanges.
/// </summary>
public sealed class ChildInNeedPlans(HearthDbContext db, EventRecorder events, CinEpisodeGuard guard, TimeProvider clock)
{
    public const string Process = "ChildInNeed.Plan";

    public async Task<ChildInNeedPlan> DraftAsync(Guid episodeId, DateOnly? startDate, ProcessContext ctx, CancellationToken ct = default)
    {
        var episode = await guard.OpenEpisodeAsync(episodeId, ct);
        var today = clock.TodayInEngland();
        if (startDate is not { } start)
        {
            throw ValidationFailedException.For("StartDate", "Enter the date the plan starts");
        }
        if (start < episode.ReferralDate)
        {
            throw ValidationFailedException.For("StartDate", $"The plan cannot start before the referral on {episode.ReferralDate:d MMMM yyyy}");
        }
        if (start > today.AddMonths(1))
        {
            throw ValidationFailedException.For("StartDate", "The plan must start within the next month");
        }
        if (await db.ChildInNeedPlans.AnyAsync(p => p.EpisodeId == episodeId && p.Status != CinPlanStatus.Ended, ct))
        {
            throw ValidationFailedException.For("StartDate", "This episode already has a child in need plan: end it before starting another");
        }
        var plan = new ChildInNeedPlan
        {
            EpisodeId = episode.Id,
            PersonId = episode.PersonId,
            StartDate = start,
            CreatedAt = events.Now,
            CreatedByName = ctx.UserName,
        };
        db.ChildInNeedPlans.Add(plan);
        events.Record(ctx, Process, new CinPlanDrafted(plan.Id, episode.Id, episode.PersonId, start), [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<CinPlanOutcome> AddOutcomeAsync(Guid planId, CinOutcomeInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        errors.Required("WhatNeedsToChange", input.WhatNeedsToChange, "Enter what needs to change for the child");
        errors.MaxLength("WhatNeedsToChange", input.WhatNeedsToChange, ChildInNeedPlan.MaxText, "What needs to change");
        errors.ThrowIfAny();
        var plan = await LoadWritableAsync(planId, ct);
        if (input.ReviewDate is { } review && review < plan.StartDate)
        {
            throw ValidationFailedException.For("ReviewDate", "The review date must be on or after the plan’s start date");
        }
        var outcome = new CinPlanOutcome
        {
            PlanId = plan.Id,
            Number = plan.Outcomes.Count == 0 ? 1 : plan.Outcomes.Max(o => o.Number) + 1,
            WhatNeedsToChange = input.WhatNeedsToChange!.Trim(),
            ReviewDate = input.ReviewDate,
        };
        db.CinPlanOutcomes.Add(outcome);
        events.Record(ctx, Process, new CinPlanOutcomeAdded(plan.Id, outcome.Id, outcome.Number, outcome.WhatNeedsToChange, outcome.ReviewDate),
            [plan.PersonId], plan.EpisodeId);
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>On a draft the owner and date may come later; on a final plan they are needed now, so a final plan never holds an action without them.</summary>
    public async Task<CinPlanAction> AddActionAsync(Guid outcomeId, CinActionInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var outcome = await db.CinPlanOutcomes.SingleOrDefaultAsync(o => o.Id == outcomeId, ct) ?? throw new RecordNotFoundException();
        var plan = await LoadWritableAsync(outcome.PlanId, ct);
        CheckAction(plan, input);
        var action = new CinPlanAction
        {
            OutcomeId = outcome.Id,
            What = input.What!.Trim(),
            Owner = string.IsNullOrWhiteSpace(input.Owner) ? null : input.Owner.Trim(),
            ByDate = input.ByDate,
            AddedAt = events.Now,
        };
        db.CinPlanActions.Add(action);
        events.Record(ctx, Process, new CinPlanActionAdded(plan.Id, outcome.Id, action.Id, action.What, action.Owner, action.ByDate), [plan.PersonId], plan.EpisodeId);
        await db.SaveChangesAsync(ct);
        return action;
    }

    /// <summary>Changes an action (typically to give it the owner and date the plan needs before it is finalised), with the same checks as adding one.</summary>
    public async Task ChangeActionAsync(Guid actionId, CinActionInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var action = await db.CinPlanActions.SingleOrDefaultAsync(a => a.Id == actionId, ct) ?? throw new RecordNotFoundException();
        var outcome = await db.CinPlanOutcomes.SingleAsync(o => o.Id == action.OutcomeId, ct);
        var plan = await LoadWritableAsync(outcome.PlanId, ct);
        CheckAction(plan, input);
        var old = new CinActionSnapshot(action.What, action.Owner, action.ByDate);
        action.What = input.What!.Trim();
        action.Owner = string.IsNullOrWhiteSpace(input.Owner) ? null : input.Owner.Trim();
        action.ByDate = input.ByDate;
        var @new = new CinActionSnapshot(action.What, action.Owner, action.ByDate);
        var changes = Changes.Between(old, @new);
        if (changes.Count == 0)
        {
            return;
        }
        events.Record(ctx, Process, new CinPlanActionChanged(plan.Id, outcome.Id, action.Id, old, @new, changes), [plan.PersonId], plan.EpisodeId);
        await db.SaveChangesAsync(ct);
    }

    private static void CheckAction(ChildInNeedPlan plan, CinActionInput input)
    {
        var errors = new ErrorList();
        errors.Required("What", input.What, "Enter what will be done");
        errors.MaxLength("What", input.What, ChildInNeedPlan.MaxText, "What will be done");
        errors.MaxLength("Owner", input.Owner, ChildInNeedPlan.MaxShortText, "Who will do it");
        if (plan.Status == CinPlanStatus.Final)
        {
            errors.Required("Owner", input.Owner, "Enter who will do it: a named person or agency");
            if (input.ByDate is null)
            {
                errors.Add("ByDate", "Enter the date it will be done by");
            }
        }
        if (input.ByDate is { } by && by < plan.StartDate)
        {
            errors.Add("ByDate", "The date must be on or after the plan’s start date");
        }
        errors.ThrowIfAny();
    }

    public async Task RateProgressAsync(Guid outcomeId, ProgressRating? rating, ProcessContext ctx, CancellationToken ct = default)
    {
        if (rating is not { } r || !Enum.IsDefined(r))
        {
            throw ValidationFailedException.For("Progress", "Select how much progress has been made");
        }
        var outcome = await db.CinPlanOutcomes.SingleOrDefaultAsync(o => o.Id == outcomeId, ct) ?? throw new RecordNotFoundException();
        var plan = await LoadWritableAsync(outcome.PlanId, ct);
        if (outcome.Progress == r)
        {
            return;
        }
        var old = outcome.Progress;
        outcome.Progress = r;
        events.Record(ctx, Process, new CinPlanProgressRated(plan.Id, outcome.Id, outcome.Number, old, r), [plan.PersonId], plan.EpisodeId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Finalises the plan; refused, with the reasons, while any action lacks an owner or a date.</summary>
    public async Task FinaliseAsync(Guid planId, ProcessContext ctx, CancellationToken ct = default)
    {
        var plan = await LoadWritableAsync(planId, ct);
        if (plan.ReasonsItCannotBeFinalised() is { Count: > 0 } reasons)
        {
            throw new ValidationFailedException(reasons.Select(r => new FieldError("Plan", r)).ToList());
        }
        var today = clock.TodayInEngland();
        plan.Finalise(today);
        // Local (WT23 ch.3: CIN plans reviewed regularly): first review within 3 months unless set.
        plan.NextReviewDate ??= plan.StartDate.AddMonths(3);
        events.Record(ctx, Process, new CinPlanFinalised(plan.Id, plan.EpisodeId, plan.StartDate, today, plan.Outcomes.Count,
            plan.Outcomes.Sum(o => o.Actions.Count)), [plan.PersonId], plan.EpisodeId);
        await db.SaveChangesAsync(ct);
    }

    public async Task<CinPlanReview> RecordReviewAsync(Guid planId, CinReviewInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        var today = clock.TodayInEngland();
        if (input.Date is null)
        {
            errors.Add("Date", "Enter the date of the review");
        }
        else if (input.Date > today)
        {
            errors.Add("Date", "The date of the review must be today or in the past");
        }
        errors.Required("Attendees", input.Attendees, "Enter who attended the review");
        errors.Required("Progress", input.Progress, "Enter the progress made against the plan");
        errors.MaxLength("Attendees", input.Attendees, ChildInNeedPlan.MaxText, "Who attended");
        errors.MaxLength("Progress", input.Progress, ChildInNeedPlan.MaxText, "Progress");
        if (input.NextReviewDate is null)
        {
            errors.Add("NextReviewDate", "Enter the date of the next review");
        }
        else if (input.Date is { } d && input.NextReviewDate <= d)
        {
            errors.Add("NextReviewDate", "The next review must be after this review");
        }
        errors.ThrowIfAny();
        var plan = await LoadWritableAsync(planId, ct);
        if (plan.Status != CinPlanStatus.Final)
        {
            throw ValidationFailedException.For("Date", "Finalise the plan before recording a review");
        }
        if (input.Date < plan.StartDate)
        {
            throw ValidationFailedException.For("Date", "The review cannot be before the plan started");
        }
        var review = new CinPlanReview
        {
            PlanId = plan.Id,
            Date = input.Date!.Value,
            Attendees = input.Attendees!.Trim(),
            Progress = input.Progress!.Trim(),
            NextReviewDate = input.NextReviewDate!.Value,
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.CinPlanReviews.Add(review);
        plan.NextReviewDate = review.NextReviewDate;
        events.Record(ctx, Process, new CinPlanReviewed(plan.Id, review.Id, review.Date, review.Attendees, review.Progress, review.NextReviewDate),
            [plan.PersonId], plan.EpisodeId);
        await db.SaveChangesAsync(ct);
        return review;
    }

    public async Task EndAsync(Guid planId, DateOnly? endDate, string? reason, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (endDate is null)
        {
            errors.Add("EndDate", "Enter the date the plan ended");
        }
        else if (endDate > clock.TodayInEngland())
        {
            errors.Add("EndDate", "The date the plan ended must be today or in the past");
        }
        errors.Required("Reason", reason, "Enter why the plan ended");
        errors.MaxLength("Reason", reason, ChildInNeedPlan.MaxText, "Why the plan ended");
        errors.ThrowIfAny();
        var plan = await LoadWritableAsync(planId, ct);
        if (endDate < plan.StartDate)
        {
            throw ValidationFailedException.For("EndDate", "The plan cannot end before it started");
        }
        plan.End(endDate!.Value, reason!.Trim());
        events.Record(ctx, Process, new CinPlanEnded(plan.Id, plan.EpisodeId, plan.EndDate!.Value, plan.EndReason!), [plan.PersonId], plan.EpisodeId);
        await db.SaveChangesAsync(ct);
    }

    private async Task<ChildInNeedPlan> LoadWritableAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.ChildInNeedPlans.Include(p => p.Outcomes).ThenInclude(o => o.Actions).Include(p => p.Reviews)
            .SingleOrDefaultAsync(p => p.Id == planId, ct) ?? throw new RecordNotFoundException();
        await guard.OpenEpisodeAsync(plan.EpisodeId, ct);
        if (plan.Status == CinPlanStatus.Ended)
        {
            throw ValidationFailedException.For("Plan", "This plan has ended and cannot be changed");
        }
        return plan;
    }
}
