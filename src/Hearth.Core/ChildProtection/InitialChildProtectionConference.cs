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

/// <summary>The move a transfer-in conference follows: where from, and when notice of the move arrived.</summary>
public sealed record TransferInInput(string? TransferredFrom, DateOnly? NoticeReceivedOn);

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
public sealed partial class InitialChildProtectionConference
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public Guid PersonId { get; set; }
    /// <summary>The enquiry the conference was held on; null for a transfer-in conference.</summary>
    public Guid? Section47EnquiryId { get; init; }

    /// <summary>For a transfer-in conference: the authority the child moved from, on a plan there.</summary>
    public string? TransferredFrom { get; init; }

    /// <summary>For a transfer-in conference: when written notice of the permanent move was received.</summary>
    public DateOnly? TransferNoticeReceivedOn { get; init; }

    public bool IsTransferIn => TransferredFrom is not null;

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
        CpRules.NotBefore(errors, "Date", input.Date, enquiry.StartDate, "the date of the conference", "the start of the section 47 enquiry");
        CheckDecision(errors, input, today);
        errors.ThrowIfAny();
        var date = input.Date!.Value;
        return Decided(input, now, recordedBy, new Placing(enquiry.EpisodeId, enquiry.PersonId, enquiry.Id, enquiry.InitialCpcTarget,
            WorkingDays.WorkingDaysBetween(enquiry.StrategyDiscussionDate, date, HolidayCalendar.EnglandAndWales), null, null));
    }

    /// <summary>
    /// A transfer-in conference for a child who moved in on a plan from another authority: held within
    /// 15 working days of written notice of the move (local procedures; rule cp.transfer-in-conference.15wd).
    /// Like an initial conference, its decision is what makes the plan here.
    /// </summary>
    public static InitialChildProtectionConference HoldTransferIn(Guid episodeId, Guid personId, DateOnly referralDate, TransferInInput transfer,
        InitialConferenceInput input, Timescale timescale, DateOnly today, DateTime now, string recordedBy)
    {
        var errors = new ErrorList();
        errors.Required("TransferredFrom", transfer.TransferredFrom, "Enter the authority the child has moved from");
        errors.MaxLength("TransferredFrom", transfer.TransferredFrom, StrategyDiscussion.MaxShortText, "The authority");
        CpRules.PastDate(errors, "NoticeReceivedOn", transfer.NoticeReceivedOn, today, "the date notice of the move was received");
        CpRules.NotBefore(errors, "Date", input.Date, transfer.NoticeReceivedOn ?? referralDate, "the date of the conference", "the notice of the move");
        CheckDecision(errors, input, today);
        errors.ThrowIfAny();
        var notice = transfer.NoticeReceivedOn!.Value;
        return Decided(input, now, recordedBy, new Placing(episodeId, personId, null, timescale.DueFrom(notice, HolidayCalendar.EnglandAndWales),
            WorkingDays.WorkingDaysBetween(notice, input.Date!.Value, HolidayCalendar.EnglandAndWales), transfer.TransferredFrom!.Trim(), notice));
    }

    private static void CheckDecision(ErrorList errors, InitialConferenceInput input, DateOnly today)
    {
        CpRules.PastDate(errors, "Date", input.Date, today, "the date of the conference");
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
    }

    /// <summary>Where a conference sits: its episode and child, the enquiry or transfer it follows, and its target.</summary>
    private sealed record Placing(Guid EpisodeId, Guid PersonId, Guid? EnquiryId, DateOnly TargetDate, int WorkingDays, string? TransferredFrom, DateOnly? Notice);

    private static InitialChildProtectionConference Decided(InitialConferenceInput input, DateTime now, string recordedBy, Placing at) =>
        new()
        {
            EpisodeId = at.EpisodeId,
            PersonId = at.PersonId,
            Section47EnquiryId = at.EnquiryId,
            TargetDate = at.TargetDate,
            WorkingDaysFromStrategyDiscussion = at.WorkingDays,
            TransferredFrom = at.TransferredFrom,
            TransferNoticeReceivedOn = at.Notice,
            Date = input.Date!.Value,
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
