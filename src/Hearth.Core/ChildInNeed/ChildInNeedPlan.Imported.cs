namespace Hearth.Core.ChildInNeed;

public sealed partial class ChildInNeedPlan
{
    public bool Imported { get; private set; }

    /// <summary>A plan brought in from a census file: the census holds only its start and end dates.</summary>
    public static ChildInNeedPlan FromCensus(CinEpisode episode, DateOnly startDate, DateOnly? endDate, DateTime now) => new()
    {
        EpisodeId = episode.Id,
        PersonId = episode.PersonId,
        StartDate = startDate,
        Status = endDate is null ? CinPlanStatus.Final : CinPlanStatus.Ended,
        FinalisedOn = startDate,
        EndDate = endDate,
        EndReason = endDate is null ? null : "Imported from a CIN census file",
        Imported = true,
        CreatedAt = now,
        CreatedByName = Assessment.ChildAndFamilyAssessment.ImportedBy,
    };
}
