namespace Hearth.Core.ChildProtection;

public sealed partial class ChildProtectionPlan
{
    public bool Imported { get; private set; }

    /// <summary>
    /// A plan brought in from a census file, with its categories, previous-plan count and review
    /// dates as the file gives them. Its initial conference is linked when the file has it.
    /// </summary>
    public static ChildProtectionPlan FromCensus(Guid episodeId, Guid personId, Guid? initialConferenceId, DateOnly startDate,
        DateOnly? endDate, CategoryOfAbuse initialCategory, CategoryOfAbuse latestCategory, int previousPlans,
        IEnumerable<DateOnly> reviewDates, DateTime now)
    {
        var plan = new ChildProtectionPlan
        {
            EpisodeId = episodeId,
            PersonId = personId,
            InitialConferenceId = initialConferenceId,
            StartDate = startDate,
            EndDate = endDate,
            EndNotes = endDate is null ? null : "Imported from a CIN census file",
            InitialCategory = initialCategory,
            LatestCategory = latestCategory,
            PreviousPlans = previousPlans,
            Imported = true,
        };
        foreach (var date in reviewDates)
        {
            plan.Reviews.Add(new ReviewChildProtectionConference
            {
                PlanId = plan.Id,
                Date = date,
                Chair = Assessment.ChildAndFamilyAssessment.ImportedBy,
                ContinuePlan = true,
                PreviousCategory = latestCategory,
                LatestCategory = latestCategory,
                RecordedAt = now,
                RecordedByName = Assessment.ChildAndFamilyAssessment.ImportedBy,
            });
        }
        return plan;
    }
}
