using Hearth.Core.Validation;

namespace Hearth.Core.ChildProtection;

public sealed record Section47StartInput(DateOnly? StartDate, DateOnly? ChildSeenOn, DateOnly? ChildSeenAloneOn, DateOnly? MedicalOn, string? MedicalNotes);

public sealed record Section47OutcomeInput(DateOnly? OutcomeDate, Section47Outcome? Outcome, string? Notes);

/// <summary>
/// A section 47 enquiry (CA89 s47), started by the strategy discussion that decided on it. Its
/// initial conference target is fixed from that discussion (WT23 ch.3: if there were several, the
/// one that initiated the enquiry counts).
/// </summary>
public sealed partial class Section47Enquiry
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public Guid PersonId { get; set; }
    /// <summary>Null only for an enquiry imported from a census file, which names no discussion.</summary>
    public Guid? StrategyDiscussionId { get; init; }
    public DateOnly StrategyDiscussionDate { get; init; }
    public DateOnly StartDate { get; private set; }
    public DateOnly InitialCpcTarget { get; init; }
    public DateOnly? ChildSeenOn { get; private set; }
    public DateOnly? ChildSeenAloneOn { get; private set; }
    public DateOnly? MedicalOn { get; private set; }
    public string? MedicalNotes { get; private set; }
    public Section47Outcome? Outcome { get; private set; }
    public DateOnly? OutcomeDate { get; private set; }
    public string? OutcomeNotes { get; private set; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";

    public bool NeedsConference => Outcome == Section47Outcome.ConcernsSubstantiatedConferenceNeeded;

    public static Section47Enquiry Start(StrategyDiscussion discussion, Section47StartInput input, DateOnly today, DateTime now, string recordedBy)
    {
        var errors = new ErrorList();
        if (!discussion.InitiatesSection47)
        {
            errors.Add("StartDate", "This strategy discussion decided not to start a section 47 enquiry");
        }
        CpRules.PastDate(errors, "StartDate", input.StartDate, today, "the date the enquiry started");
        CpRules.NotBefore(errors, "StartDate", input.StartDate, discussion.HeldOn, "the date the enquiry started", "the strategy discussion");
        var start = input.StartDate ?? discussion.HeldOn;
        SeenDates(errors, input.ChildSeenOn, input.ChildSeenAloneOn, input.MedicalOn, input.MedicalNotes, start, today);
        errors.ThrowIfAny();
        return new Section47Enquiry
        {
            EpisodeId = discussion.EpisodeId,
            PersonId = discussion.PersonId,
            StrategyDiscussionId = discussion.Id,
            StrategyDiscussionDate = discussion.HeldOn,
            StartDate = input.StartDate!.Value,
            InitialCpcTarget = discussion.InitialConferenceTarget!.Value,
            ChildSeenOn = input.ChildSeenOn,
            ChildSeenAloneOn = input.ChildSeenAloneOn,
            MedicalOn = input.MedicalOn,
            MedicalNotes = CpRules.Trimmed(input.MedicalNotes),
            RecordedAt = now,
            RecordedByName = recordedBy,
        };
    }

    public void RecordOutcome(Section47OutcomeInput input, DateOnly today)
    {
        var errors = new ErrorList();
        if (Outcome is not null)
        {
            errors.Add("Outcome", "The outcome of this enquiry has already been recorded");
        }
        CpRules.PastDate(errors, "OutcomeDate", input.OutcomeDate, today, "the date the enquiry concluded");
        CpRules.NotBefore(errors, "OutcomeDate", input.OutcomeDate, StartDate, "the date the enquiry concluded", "its start");
        if (input.Outcome is null || !Enum.IsDefined(input.Outcome.Value))
        {
            errors.Add("Outcome", "Select the outcome of the enquiry");
        }
        errors.MaxLength("Notes", input.Notes, StrategyDiscussion.MaxText, "The reasons");
        errors.ThrowIfAny();
        Outcome = input.Outcome;
        OutcomeDate = input.OutcomeDate;
        OutcomeNotes = CpRules.Trimmed(input.Notes);
    }

    private static void SeenDates(ErrorList errors, DateOnly? seen, DateOnly? alone, DateOnly? medical, string? medicalNotes, DateOnly start, DateOnly today)
    {
        foreach (var (field, date, what) in new[] { ("ChildSeenOn", seen, "the date the child was seen"), ("ChildSeenAloneOn", alone, "the date the child was seen alone"), ("MedicalOn", medical, "the date of the medical") })
        {
            if (date is { } d)
            {
                if (d > today)
                {
                    errors.Add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be today or in the past");
                }
                CpRules.NotBefore(errors, field, d, start, what, "the start of the enquiry");
            }
        }
        if (medical is not null)
        {
            errors.Required("MedicalNotes", medicalNotes, "Enter what the medical found");
        }
        errors.MaxLength("MedicalNotes", medicalNotes, StrategyDiscussion.MaxText, "What the medical found");
    }
}
