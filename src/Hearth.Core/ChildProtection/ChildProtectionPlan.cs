using Hearth.Core.Validation;

namespace Hearth.Core.ChildProtection;

public sealed record CoreGroupInput(DateOnly? Date, string? Attendees, string? Notes);

public sealed record ReviewConferenceInput(DateOnly? Date, string? Chair, bool ContinuePlan, CategoryOfAbuse? LatestCategory,
    ChildProtectionPlanEndReason? EndReason, string? Notes);

public sealed record ChildProtectionVisitInput(DateOnly? Date, bool ChildSeen, bool ChildSeenAlone, string? Notes);

public sealed record PlanEndInput(DateOnly? EndDate, ChildProtectionPlanEndReason? Reason, string? Notes);

/// <summary>
/// A child protection plan. It has no public constructor: it is made only by an initial conference's
/// decision (<see cref="InitialChildProtectionConference.MakePlan"/>), and carries that conference's id,
/// so "no CP plan without an ICPC decision" holds on every route.
/// </summary>
public sealed partial class ChildProtectionPlan
{
    private ChildProtectionPlan()
    {
    }

    internal ChildProtectionPlan(InitialChildProtectionConference conference, int previousPlans)
    {
        EpisodeId = conference.EpisodeId;
        PersonId = conference.PersonId;
        InitialConferenceId = conference.Id;
        StartDate = conference.Date;
        InitialCategory = conference.Category!.Value;
        LatestCategory = conference.Category!.Value;
        PreviousPlans = previousPlans;
    }

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; private set; }
    public Guid PersonId { get; set; }
    /// <summary>Null only for an imported plan whose initial conference is not in the file (it began in an earlier year).</summary>
    public Guid? InitialConferenceId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public CategoryOfAbuse InitialCategory { get; private set; }
    public CategoryOfAbuse LatestCategory { get; private set; }

    /// <summary>How many plans the child had before this one (computed from the record when the plan starts).</summary>
    public int PreviousPlans { get; private set; }

    public DateOnly? EndDate { get; private set; }
    public ChildProtectionPlanEndReason? EndReason { get; private set; }
    public string? EndNotes { get; private set; }

    /// <summary>When the plan ended because risk reduced: the minimum length of the step-down CIN plan.</summary>
    public int? StepDownCinPlanWeeks { get; private set; }

    /// <summary>The date the step-down CIN plan should run until, at least.</summary>
    public DateOnly? StepDownCinPlanUntil { get; private set; }

    public List<CoreGroupMeeting> CoreGroups { get; init; } = [];
    public List<ReviewChildProtectionConference> Reviews { get; init; } = [];
    public List<ChildProtectionVisit> Visits { get; init; } = [];

    public bool IsOpen => EndDate is null;

    public bool IsSecondOrSubsequent => PreviousPlans > 0;

    /// <summary>Open (or lasted, if ended) 12 months or more as at <paramref name="today"/>.</summary>
    public bool IsOver12Months(DateOnly today) => (EndDate ?? today) >= StartDate.AddMonths(12);

    /// <summary>Reached 2 years (CIN census and Ofsted: plans lasting 2 years or more).</summary>
    public bool IsOver2Years(DateOnly today) => (EndDate ?? today) >= StartDate.AddYears(2);

    public CoreGroupMeeting AddCoreGroup(CoreGroupInput input, DateOnly today, DateTime now, string by)
    {
        var errors = new ErrorList();
        EnsureOpen(errors, "Date");
        CpRules.PastDate(errors, "Date", input.Date, today, "the date of the core group meeting");
        CpRules.NotBefore(errors, "Date", input.Date, StartDate, "the date of the core group meeting", "the start of the plan");
        errors.Required("Attendees", input.Attendees, "Enter who attended");
        errors.MaxLength("Attendees", input.Attendees, StrategyDiscussion.MaxText, "Who attended");
        errors.Required("Notes", input.Notes, "Enter the progress against the plan and what was agreed");
        errors.MaxLength("Notes", input.Notes, StrategyDiscussion.MaxText, "Progress and what was agreed");
        errors.ThrowIfAny();
        var meeting = new CoreGroupMeeting { PlanId = Id, Date = input.Date!.Value, Attendees = input.Attendees!.Trim(), Notes = input.Notes!.Trim(), RecordedAt = now, RecordedByName = by };
        CoreGroups.Add(meeting);
        return meeting;
    }

    public ChildProtectionVisit AddVisit(ChildProtectionVisitInput input, DateOnly today, DateTime now, string by)
    {
        var errors = new ErrorList();
        EnsureOpen(errors, "Date");
        CpRules.PastDate(errors, "Date", input.Date, today, "the date of the visit");
        CpRules.NotBefore(errors, "Date", input.Date, StartDate, "the date of the visit", "the start of the plan");
        if (input.ChildSeenAlone && !input.ChildSeen)
        {
            errors.Add("ChildSeenAlone", "A child seen alone was seen: select that the child was seen");
        }
        errors.Required("Notes", input.Notes, "Enter what you saw and what the child said");
        errors.MaxLength("Notes", input.Notes, StrategyDiscussion.MaxText, "What you saw and what the child said");
        errors.ThrowIfAny();
        var visit = new ChildProtectionVisit { PlanId = Id, Date = input.Date!.Value, ChildSeen = input.ChildSeen, ChildSeenAlone = input.ChildSeenAlone, Notes = input.Notes!.Trim(), RecordedAt = now, VisitedByName = by };
        Visits.Add(visit);
        return visit;
    }

    /// <summary>A review conference: it may change the latest category, or end the plan.</summary>
    public ReviewChildProtectionConference AddReview(ReviewConferenceInput input, DateOnly today, DateTime now, string by, int stepDownWeeks)
    {
        var errors = new ErrorList();
        EnsureOpen(errors, "Date");
        CpRules.PastDate(errors, "Date", input.Date, today, "the date of the review conference");
        CpRules.NotBefore(errors, "Date", input.Date, StartDate, "the date of the review conference", "the start of the plan");
        errors.Required("Chair", input.Chair, "Enter the name of the chair");
        errors.MaxLength("Chair", input.Chair, StrategyDiscussion.MaxShortText, "The chair’s name");
        if (input.ContinuePlan)
        {
            if (input.LatestCategory is null || !Enum.IsDefined(input.LatestCategory.Value))
            {
                errors.Add("LatestCategory", "Select the category of abuse the plan continues under");
            }
        }
        else if (input.EndReason is null || !Enum.IsDefined(input.EndReason.Value))
        {
            errors.Add("EndReason", "Select why the plan ends");
        }
        errors.MaxLength("Notes", input.Notes, StrategyDiscussion.MaxText, "The decision and reasons");
        errors.ThrowIfAny();
        var review = new ReviewChildProtectionConference
        {
            PlanId = Id,
            Date = input.Date!.Value,
            Chair = input.Chair!.Trim(),
            ContinuePlan = input.ContinuePlan,
            PreviousCategory = LatestCategory,
            LatestCategory = input.ContinuePlan ? input.LatestCategory : null,
            Notes = CpRules.Trimmed(input.Notes),
            RecordedAt = now,
            RecordedByName = by,
        };
        Reviews.Add(review);
        if (input.ContinuePlan)
        {
            LatestCategory = input.LatestCategory!.Value;
        }
        else
        {
            End(new PlanEndInput(input.Date, input.EndReason, input.Notes), today, stepDownWeeks);
        }
        return review;
    }

    public void End(PlanEndInput input, DateOnly today, int stepDownWeeks)
    {
        var errors = new ErrorList();
        EnsureOpen(errors, "Date");
        CpRules.PastDate(errors, "Date", input.EndDate, today, "the date the plan ended");
        CpRules.NotBefore(errors, "Date", input.EndDate, StartDate, "the date the plan ended", "its start");
        if (input.Reason is null || !Enum.IsDefined(input.Reason.Value))
        {
            errors.Add("Reason", "Select why the plan ended");
        }
        errors.MaxLength("Notes", input.Notes, StrategyDiscussion.MaxText, "The reasons");
        errors.ThrowIfAny();
        EndDate = input.EndDate;
        EndReason = input.Reason;
        EndNotes = CpRules.Trimmed(input.Notes);
        if (input.Reason == ChildProtectionPlanEndReason.RiskReduced)
        {
            StepDownCinPlanWeeks = stepDownWeeks;
            StepDownCinPlanUntil = input.EndDate!.Value.AddDays(7 * stepDownWeeks);
        }
    }

    private void EnsureOpen(ErrorList errors, string field)
    {
        if (!IsOpen)
        {
            errors.Add(field, $"This child protection plan ended on {EndDate:d MMMM yyyy}");
        }
    }
}

public sealed class CoreGroupMeeting
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PlanId { get; init; }
    public DateOnly Date { get; init; }
    public string Attendees { get; init; } = "";
    public string Notes { get; init; } = "";
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

public sealed class ReviewChildProtectionConference
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PlanId { get; init; }
    public DateOnly Date { get; init; }
    public string Chair { get; init; } = "";
    public bool ContinuePlan { get; init; }
    public CategoryOfAbuse PreviousCategory { get; init; }
    public CategoryOfAbuse? LatestCategory { get; init; }
    public string? Notes { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

public sealed class ChildProtectionVisit
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PlanId { get; init; }
    public DateOnly Date { get; init; }
    public bool ChildSeen { get; init; }
    public bool ChildSeenAlone { get; init; }
    public string Notes { get; init; } = "";
    public DateTime RecordedAt { get; init; }
    public string VisitedByName { get; init; } = "";
}
