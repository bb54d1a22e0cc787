namespace Hearth.Core.ChildInNeed;

public enum CinPlanStatus
{
    Draft,
    Final,
    Ended,
}

public enum ProgressRating
{
    NotStarted,
    SomeProgress,
    GoodProgress,
    Achieved,
}

public static class CinPlanLabels
{
    public static string Label(this CinPlanStatus status) => status switch
    {
        CinPlanStatus.Draft => "Draft",
        CinPlanStatus.Final => "Final",
        _ => "Ended",
    };

    public static string Label(this ProgressRating rating) => rating switch
    {
        ProgressRating.NotStarted => "Not started",
        ProgressRating.SomeProgress => "Some progress",
        ProgressRating.GoodProgress => "Good progress",
        _ => "Achieved",
    };
}

/// <summary>
/// A child in need plan (CA89 s17; WT23 ch.3): what needs to change for the child, who does what by
/// when, how it is going, and when it is reviewed. Drafted, finalised once every action has an owner
/// and a date, reviewed, ended with a reason. It hangs off the CIN episode.
/// </summary>
public sealed partial class ChildInNeedPlan
{
    public const int MaxText = 4000;
    public const int MaxShortText = 200;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public Guid PersonId { get; init; }
    public DateOnly StartDate { get; set; }
    public CinPlanStatus Status { get; private set; } = CinPlanStatus.Draft;
    public DateOnly? FinalisedOn { get; private set; }
    public DateOnly? NextReviewDate { get; set; }
    public DateOnly? EndDate { get; private set; }
    public string? EndReason { get; private set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedByName { get; init; } = "";
    public List<CinPlanOutcome> Outcomes { get; init; } = [];
    public List<CinPlanReview> Reviews { get; init; } = [];

    /// <summary>
    /// Why the plan cannot be finalised yet, worded for the error summary; empty when it can. A plan
    /// that says what must change but not who does it or by when is not a plan (WT23 ch.3; Ofsted
    /// found plans "not specific about who will do what by when").
    /// </summary>
    public IReadOnlyList<string> ReasonsItCannotBeFinalised()
    {
        var reasons = new List<string>();
        if (Status != CinPlanStatus.Draft)
        {
            reasons.Add(Status == CinPlanStatus.Final ? "This plan has already been finalised" : "This plan has ended");
            return reasons;
        }
        if (Outcomes.Count == 0)
        {
            reasons.Add("Add at least one outcome: what needs to change for the child");
        }
        foreach (var outcome in Outcomes.OrderBy(o => o.Number))
        {
            if (outcome.Actions.Count == 0)
            {
                reasons.Add($"Outcome {outcome.Number} needs at least one action");
            }
        }
        if (Outcomes.SelectMany(o => o.Actions).Any(a => !a.HasOwnerAndDate))
        {
            reasons.Add("Every action needs an owner and a date before the plan is finalised");
        }
        return reasons;
    }

    public void Finalise(DateOnly today)
    {
        if (ReasonsItCannotBeFinalised() is { Count: > 0 } reasons)
        {
            throw new InvalidOperationException(string.Join("; ", reasons));
        }
        Status = CinPlanStatus.Final;
        FinalisedOn = today;
    }

    public void End(DateOnly endDate, string reason)
    {
        if (Status == CinPlanStatus.Ended)
        {
            throw new InvalidOperationException("This plan has already ended.");
        }
        if (endDate < StartDate)
        {
            throw new InvalidOperationException("A plan cannot end before it starts.");
        }
        Status = CinPlanStatus.Ended;
        EndDate = endDate;
        EndReason = reason;
    }
}

/// <summary>One thing that needs to change for the child, in the plan's words, with the actions that will change it.</summary>
public sealed class CinPlanOutcome
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PlanId { get; init; }
    public int Number { get; init; }
    public string WhatNeedsToChange { get; set; } = "";
    public ProgressRating Progress { get; set; } = ProgressRating.NotStarted;
    public DateOnly? ReviewDate { get; set; }
    public List<CinPlanAction> Actions { get; init; } = [];
}

/// <summary>Who (a named person or agency) does what by when.</summary>
public sealed class CinPlanAction
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid OutcomeId { get; init; }
    public string What { get; set; } = "";
    public string? Owner { get; set; }
    public DateOnly? ByDate { get; set; }
    public DateTime AddedAt { get; init; }

    public bool HasOwnerAndDate => !string.IsNullOrWhiteSpace(Owner) && ByDate is not null;
}

/// <summary>A review of the plan: who came, how it is going, when it is next reviewed.</summary>
public sealed class CinPlanReview
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PlanId { get; init; }
    public DateOnly Date { get; init; }
    public string Attendees { get; init; } = "";
    public string Progress { get; init; } = "";
    public DateOnly NextReviewDate { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}
