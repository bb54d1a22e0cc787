namespace Hearth.Core.ChildProtection;

public sealed partial class InitialChildProtectionConference
{
    public bool Imported { get; init; }

    /// <summary>
    /// A conference brought in from a census file: its date, its target and whether a plan followed.
    /// The census does not carry the category at conference, so it is taken from the plan.
    /// </summary>
    public static InitialChildProtectionConference FromCensus(Guid episodeId, Guid personId, Guid? enquiryId, DateOnly date,
        DateOnly? target, CategoryOfAbuse? planCategory, DateTime now) => new()
        {
            EpisodeId = episodeId,
            PersonId = personId,
            Section47EnquiryId = enquiryId,
            Date = date,
            TargetDate = target ?? date,
            Chair = Assessment.ChildAndFamilyAssessment.ImportedBy,
            Decision = planCategory is null ? ConferenceDecision.NoPlan : ConferenceDecision.Plan,
            Category = planCategory,
            Imported = true,
            RecordedAt = now,
            RecordedByName = Assessment.ChildAndFamilyAssessment.ImportedBy,
        };
}
