using Hearth.Core.ChildInNeed;

namespace Hearth.Core.Assessment;

public sealed partial class ChildAndFamilyAssessment
{
    /// <summary>AssessmentInternalReviewDate: a date the authority reviewed the assessment part-way (census, optional).</summary>
    public DateOnly? InternalReviewDate { get; private set; }

    /// <summary>
    /// An assessment brought in from a census file: authorised on its authorisation date when the
    /// file gives one, otherwise still open. The census holds dates and factors only; the record says so.
    /// </summary>
    public static ChildAndFamilyAssessment FromCensus(CinEpisode episode, DateOnly startDate, DateOnly? internalReviewDate,
        DateOnly? authorisedOn, IEnumerable<string> factors, DateTime now) => new()
        {
            EpisodeId = episode.Id,
            PersonId = episode.PersonId,
            ReferralDate = episode.ReferralDate,
            Imported = true,
            StartDate = startDate,
            InternalReviewDate = internalReviewDate,
            AuthorisedOn = authorisedOn,
            Status = authorisedOn is null ? AssessmentStatus.Submitted : AssessmentStatus.Authorised,
            FactorCodes = string.Join(' ', factors),
            PrimaryNeedCode = episode.PrimaryNeedCode,
            AuthorName = ImportedBy,
            AuthorisedByName = authorisedOn is null ? null : ImportedBy,
            Analysis = "Imported from a CIN census file: the assessment itself is held by the previous system.",
            CreatedAt = now,
        };

    /// <summary>The name shown as author of imported history.</summary>
    public const string ImportedBy = "Imported from census";
}
