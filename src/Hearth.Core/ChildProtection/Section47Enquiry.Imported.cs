namespace Hearth.Core.ChildProtection;

public sealed partial class Section47Enquiry
{
    public bool Imported { get; init; }

    /// <summary>
    /// An enquiry brought in from a census file. The census names no strategy discussion, so the
    /// start date stands in for it; ICPCnotRequired true becomes the outcome "conference not required".
    /// </summary>
    public static Section47Enquiry FromCensus(Guid episodeId, Guid personId, DateOnly startDate, DateOnly initialCpcTarget,
        bool conferenceNotRequired, DateOnly? conferenceDate, DateTime now) => new()
        {
            EpisodeId = episodeId,
            PersonId = personId,
            StrategyDiscussionDate = startDate,
            StartDate = startDate,
            InitialCpcTarget = initialCpcTarget,
            Outcome = conferenceNotRequired ? Section47Outcome.ConferenceNotRequired
                : conferenceDate is null ? null : Section47Outcome.ConcernsSubstantiatedConferenceNeeded,
            // The census gives no outcome date; an enquiry that needed no conference is taken to have
            // concluded on its start date, so it reads back as concluded ("ICPCnotRequired" true).
            OutcomeDate = conferenceNotRequired ? startDate : conferenceDate,
            OutcomeNotes = "Imported from a CIN census file",
            Imported = true,
            RecordedAt = now,
            RecordedByName = Assessment.ChildAndFamilyAssessment.ImportedBy,
        };
}
