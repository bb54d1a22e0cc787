using Hearth.Core.Statutory;
using Hearth.Core.Validation;

namespace Hearth.Core.ChildProtection;

/// <summary>Someone at a strategy discussion, with their agency ("Other" names the agency).</summary>
public sealed class StrategyDiscussionAttendee
{
    public string Name { get; set; } = "";
    public Agency Agency { get; set; }
    public string? AgencyName { get; set; }

    public string AgencyText => Agency == Agency.Other && !string.IsNullOrWhiteSpace(AgencyName) ? AgencyName! : Agency.Label();
}

public sealed record StrategyDiscussionInput(DateOnly? HeldOn, TimeOnly? HeldAt, IReadOnlyList<StrategyDiscussionAttendee> Attendees,
    string? InformationShared, StrategyDecision? Decision, string? AlternativePlan, string? ImmediateSafetyActions);

/// <summary>
/// A strategy discussion on a child in need episode (WT23 ch.3): who took part, by agency, what was
/// shared, what was decided and what was done at once to keep the child safe. When it initiates a
/// section 47 enquiry it starts the 15 working day clock to the initial conference.
/// </summary>
public sealed class StrategyDiscussion
{
    public const int MaxText = 20_000;
    public const int MaxShortText = 200;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public Guid PersonId { get; set; }
    public DateOnly HeldOn { get; private set; }
    public TimeOnly HeldAt { get; private set; }
    public List<StrategyDiscussionAttendee> Attendees { get; init; } = [];
    public string InformationShared { get; private set; } = "";
    public StrategyDecision Decision { get; private set; }
    public string? AlternativePlan { get; private set; }
    public string ImmediateSafetyActions { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
    public string RecordedByName { get; private set; } = "";

    public bool InitiatesSection47 => Decision.InitiatesSection47();

    /// <summary>
    /// WT23 ch.3: the initial conference within 15 working days of the strategy discussion that
    /// initiated the section 47 enquiry (rule "cp.icpc.15wd"); null when no enquiry was initiated.
    /// </summary>
    public DateOnly? InitialConferenceTarget => InitiatesSection47 ? IcpcTargetFrom(HeldOn) : null;

    public static DateOnly IcpcTargetFrom(DateOnly strategyDiscussion) =>
        StatutoryRuleTable.England["cp.icpc.15wd"].Timescale.DueFrom(strategyDiscussion, HolidayCalendar.EnglandAndWales);

    public static StrategyDiscussion Record(Guid episodeId, Guid personId, DateOnly referralDate, StrategyDiscussionInput input, DateOnly today,
        DateTime now, string recordedBy)
    {
        var errors = new ErrorList();
        CpRules.PastDate(errors, "HeldOn", input.HeldOn, today, "the date of the strategy discussion");
        if (input.HeldOn is { } held && held < referralDate)
        {
            errors.Add("HeldOn", $"The date of the strategy discussion must be on or after the referral ({referralDate:d MMMM yyyy})");
        }
        if (input.HeldAt is null)
        {
            errors.Add("HeldAt", "Enter the time of the strategy discussion, for example 14:30");
        }
        var attendees = input.Attendees.Where(a => !string.IsNullOrWhiteSpace(a.Name)).ToList();
        if (attendees.Count == 0)
        {
            errors.Add("Attendees", "Enter who took part, by agency");
        }
        foreach (var a in attendees)
        {
            errors.MaxLength("Attendees", a.Name, MaxShortText, "An attendee’s name");
            if (!Enum.IsDefined(a.Agency))
            {
                errors.Add("Attendees", "Select each attendee’s agency");
            }
        }
        errors.Required("InformationShared", input.InformationShared, "Enter the information shared");
        errors.MaxLength("InformationShared", input.InformationShared, MaxText, "The information shared");
        if (input.Decision is null || !Enum.IsDefined(input.Decision.Value))
        {
            errors.Add("Decision", "Select what the strategy discussion decided");
        }
        else if (input.Decision == StrategyDecision.NoSection47AlternativePlan)
        {
            errors.Required("AlternativePlan", input.AlternativePlan, "Enter the alternative plan");
        }
        errors.MaxLength("AlternativePlan", input.AlternativePlan, MaxText, "The alternative plan");
        errors.Required("ImmediateSafetyActions", input.ImmediateSafetyActions, "Enter the immediate actions to keep the child safe, or “None needed”");
        errors.MaxLength("ImmediateSafetyActions", input.ImmediateSafetyActions, MaxText, "The immediate safety actions");
        errors.ThrowIfAny();
        return new StrategyDiscussion
        {
            EpisodeId = episodeId,
            PersonId = personId,
            HeldOn = input.HeldOn!.Value,
            HeldAt = input.HeldAt!.Value,
            Attendees = attendees.Select(a => new StrategyDiscussionAttendee
            {
                Name = a.Name.Trim(),
                Agency = a.Agency,
                AgencyName = string.IsNullOrWhiteSpace(a.AgencyName) ? null : a.AgencyName.Trim(),
            }).ToList(),
            InformationShared = input.InformationShared!.Trim(),
            Decision = input.Decision!.Value,
            AlternativePlan = input.Decision == StrategyDecision.NoSection47AlternativePlan ? input.AlternativePlan!.Trim() : null,
            ImmediateSafetyActions = input.ImmediateSafetyActions!.Trim(),
            RecordedAt = now,
            RecordedByName = recordedBy,
        };
    }
}

internal static class CpRules
{
    public static void PastDate(ErrorList errors, string field, DateOnly? date, DateOnly today, string what)
    {
        if (date is null)
        {
            errors.Add(field, $"Enter {what}");
        }
        else if (date > today)
        {
            errors.Add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be today or in the past");
        }
    }

    public static void NotBefore(ErrorList errors, string field, DateOnly? date, DateOnly earliest, string what, string earlierThing)
    {
        if (date is { } d && d < earliest)
        {
            errors.Add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be on or after {earlierThing} ({earliest:d MMMM yyyy})");
        }
    }

    public static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
