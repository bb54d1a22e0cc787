using Hearth.Core.Statutory;
using Hearth.Core.Validation;

namespace Hearth.Core.ChildProtection;

/// <summary>One agency at a conference: whether it attended and whether it sent a report.</summary>
public sealed class ConferenceAgency
{
    public Agency Agency { get; set; }
    public bool Attended { get; set; }
    public bool ReportSubmitted { get; set; }
}

public sealed record InitialConferenceInput(
    DateOnly? Date,
    string? Chair,
    IReadOnlyList<ConferenceAgency> Agencies,
    bool ChildAttended,
    bool ChildHadAdvocate,
    bool ChildViewsConveyed,
    string? ChildViews,
    ConferenceDecision? Decision,
    CategoryOfAbuse? Category,
    string? OutlinePlan);

/// <summary>
/// The initial child protection conference (WT23 ch.3), held on the section 47 enquiry that found
/// the concerns substantiated. Its decision is the only thing that makes a child protection plan.
/// </summary>
public sealed class InitialChildProtectionConference
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public Guid PersonId { get; set; }
    public Guid Section47EnquiryId { get; init; }
    public DateOnly Date { get; init; }
    public DateOnly TargetDate { get; init; }

    /// <summary>Working days from the strategy discussion that initiated the enquiry to this conference.</summary>
    public int WorkingDaysFromStrategyDiscussion { get; init; }

    public string Chair { get; init; } = "";
    public List<ConferenceAgency> Agencies { get; init; } = [];
    public bool ChildAttended { get; init; }
    public bool ChildHadAdvocate { get; init; }
    public bool ChildViewsConveyed { get; init; }
    public string? ChildViews { get; init; }
    public ConferenceDecision Decision { get; init; }
    public CategoryOfAbuse? Category { get; init; }
    public string? OutlinePlan { get; init; }
    public Guid? ChildProtectionPlanId { get; set; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";

    public bool OnTime => Date <= TargetDate;

    public static InitialChildProtectionConference Hold(Section47Enquiry enquiry, bool alreadyHeld, InitialConferenceInput input, DateOnly today,
        DateTime now, string recordedBy)
    {
        var errors = new ErrorList();
        if (alreadyHeld)
        {
            errors.Add("Date", "The initial conference for this enquiry has already been recorded");
        }
        if (!enquiry.NeedsConference)
        {
            errors.Add("Decision", "Record the enquiry’s outcome as “concerns substantiated: initial child protection conference needed” before the conference");
        }
        CpRules.PastDate(errors, "Date", input.Date, today, "the date of the conference");
        CpRules.NotBefore(errors, "Date", input.Date, enquiry.StartDate, "the date of the conference", "the start of the section 47 enquiry");
        errors.Required("Chair", input.Chair, "Enter the name of the chair");
        errors.MaxLength("Chair", input.Chair, StrategyDiscussion.MaxShortText, "The chair’s name");
        errors.MaxLength("ChildViews", input.ChildViews, StrategyDiscussion.MaxText, "The child’s views");
        if (input.ChildViewsConveyed)
        {
            errors.Required("ChildViews", input.ChildViews, "Enter the child’s views as conveyed to the conference");
        }
        if (input.Decision is null || !Enum.IsDefined(input.Decision.Value))
        {
            errors.Add("Decision", "Select the conference’s decision");
        }
        else if (input.Decision == ConferenceDecision.Plan)
        {
            if (input.Category is null || !Enum.IsDefined(input.Category.Value))
            {
                errors.Add("Category", "Select the category of abuse");
            }
            errors.Required("OutlinePlan", input.OutlinePlan, "Enter the outline child protection plan");
        }
        errors.MaxLength("OutlinePlan", input.OutlinePlan, StrategyDiscussion.MaxText, "The outline plan");
        errors.ThrowIfAny();
        var date = input.Date!.Value;
        return new InitialChildProtectionConference
        {
            EpisodeId = enquiry.EpisodeId,
            PersonId = enquiry.PersonId,
            Section47EnquiryId = enquiry.Id,
            Date = date,
            TargetDate = enquiry.InitialCpcTarget,
            WorkingDaysFromStrategyDiscussion = WorkingDays.WorkingDaysBetween(enquiry.StrategyDiscussionDate, date, HolidayCalendar.EnglandAndWales),
            Chair = input.Chair!.Trim(),
            Agencies = input.Agencies.GroupBy(a => a.Agency).Select(g => new ConferenceAgency
            {
                Agency = g.Key,
                Attended = g.Any(a => a.Attended),
                ReportSubmitted = g.Any(a => a.ReportSubmitted),
            }).ToList(),
            ChildAttended = input.ChildAttended,
            ChildHadAdvocate = input.ChildHadAdvocate,
            ChildViewsConveyed = input.ChildViewsConveyed,
            ChildViews = input.ChildViewsConveyed ? CpRules.Trimmed(input.ChildViews) : null,
            Decision = input.Decision!.Value,
            Category = input.Decision == ConferenceDecision.Plan ? input.Category : null,
            OutlinePlan = input.Decision == ConferenceDecision.Plan ? input.OutlinePlan!.Trim() : CpRules.Trimmed(input.OutlinePlan),
            RecordedAt = now,
            RecordedByName = recordedBy,
        };
    }

    /// <summary>
    /// The plan this conference decided on. The only way a <see cref="ChildProtectionPlan"/> comes into
    /// being: no conference decision, no plan.
    /// </summary>
    public ChildProtectionPlan MakePlan(int previousPlans)
    {
        if (Decision != ConferenceDecision.Plan || Category is null)
        {
            throw new InvalidOperationException("Only a conference that decided on a plan makes one.");
        }
        var plan = new ChildProtectionPlan(this, previousPlans);
        ChildProtectionPlanId = plan.Id;
        return plan;
    }
}
