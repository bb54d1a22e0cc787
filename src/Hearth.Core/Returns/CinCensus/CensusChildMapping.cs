using Hearth.Core.Assessment;
using Hearth.Core.CareProceedings;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.People;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// How the record maps to the census, item by item (statutory-data.md A.1). Each item is included
/// when it overlaps the year, and a date after the window (a closure next April) is left out, so the
/// return shows the year as it stood at its end.
/// </summary>
internal static class CensusChildMapping
{
    public static CensusChild Child(CensusPersonRow person, CensusRecord record, CensusWindow window)
    {
        var child = new CensusChild
        {
            PersonId = person.Id,
            LaChildId = person.Reference,
            Upn = person.Upn,
            FormerUpn = person.FormerUpn,
            UpnUnknown = person.Upn is null ? person.UpnUnknownReason : null,
            PersonBirthDate = person.DateOfBirth,
            ExpectedPersonBirthDate = person.DateOfBirth is null ? person.ExpectedDateOfBirth : null,
            Sex = person.Sex,
            PersonDeathDate = window.Happened(person.DateOfDeath),
            Ethnicity = person.EthnicityCode,
            // In code order: the record keeps no order of its own, and a return should not vary run to run.
            Disabilities = [.. record.Disabilities[person.Id].Order(StringComparer.Ordinal)],
        };
        foreach (var episode in record.EpisodesByPerson[person.Id].OrderBy(e => e.ReferralDate).ThenBy(e => e.OpenedAt))
        {
            child.CinDetails.Add(Details(episode, record, window));
        }
        return child;
    }

    private static CinDetails Details(CensusEpisodeRow episode, CensusRecord record, CensusWindow window)
    {
        var closed = window.Happened(episode.CloseDate);
        var enquiries = record.Enquiries[episode.Id].OrderBy(s => s.StartDate).ToList();
        var conferences = record.Conferences[episode.Id].Where(c => c.Date <= window.End).ToList();
        var section47s = enquiries
            .Select(s => (Enquiry: s, Conference: conferences.FirstOrDefault(c => c.Section47EnquiryId == s.Id)))
            .Where(s => window.Overlaps(s.Enquiry.StartDate, Concluded(s.Enquiry, s.Conference, window)))
            .ToList();
        var shownConferences = section47s.Select(s => s.Conference?.Id).ToHashSet();
        return new CinDetails
        {
            EpisodeId = episode.Id,
            ReferralDate = episode.ReferralDate,
            ReferralSource = episode.ReferralSource,
            PrimaryNeedCode = episode.PrimaryNeedCode,
            ClosureDate = closed,
            ReasonForClosure = closed is null ? null : episode.ReasonForClosure,
            // Rule 2884: an ICPC goes at episode level only when its enquiry is not in this return
            // (a transfer-in conference, or one whose enquiry was in an earlier year).
            DateOfInitialCpc = conferences
                .Where(c => !shownConferences.Contains(c.Id) && c.Date >= window.Start)
                .OrderBy(c => c.Date).Select(c => (DateOnly?)c.Date).FirstOrDefault(),
            Assessments = [.. record.Assessments[episode.Id]
                .Where(a => window.Overlaps(a.StartDate, a.AuthorisedOn))
                .OrderBy(a => a.StartDate)
                .Select(a => Assessment(a, window))],
            CinPlans = [.. record.CinPlans[episode.Id]
                .Where(p => window.Overlaps(p.StartDate, p.EndDate))
                .OrderBy(p => p.StartDate)
                .Select(p => new CensusCinPlan { StartDate = p.StartDate, EndDate = window.Happened(p.EndDate) })],
            Section47s = [.. section47s.Select(s => Section47(s.Enquiry, s.Conference, window))],
            ReferralNfa = episode.ReferralNfa ? "true" : "false",
            ChildProtectionPlans = [.. record.Plans[episode.Id]
                .Where(p => window.Overlaps(p.StartDate, p.EndDate))
                .OrderBy(p => p.StartDate)
                .Select(p => Plan(p, record, window))],
            PreProceedings = [.. record.PreProceedings[episode.Id]
                .Where(p => window.Overlaps(p.StartDate, p.StepDecisionOn))
                .OrderBy(p => p.StartDate)
                .Select(p => PreProceedings(p, window))],
        };
    }

    private static CensusAssessment Assessment(CensusAssessmentRow assessment, CensusWindow window)
    {
        var completed = window.Happened(assessment.AuthorisedOn);
        return new CensusAssessment
        {
            ActualStartDate = assessment.StartDate,
            InternalReviewDate = window.Happened(assessment.InternalReviewDate),
            AuthorisationDate = completed,
            // Rule 8614: factors belong to a completed assessment only.
            Factors = completed is null ? [] : [.. assessment.Factors],
        };
    }

    /// <summary>When an enquiry ended: at its conference, or at an outcome that needed none.</summary>
    private static DateOnly? Concluded(CensusEnquiryRow enquiry, CensusConferenceRow? conference, CensusWindow window) =>
        conference?.Date ?? (enquiry.Outcome is { } outcome && outcome != Section47Outcome.ConcernsSubstantiatedConferenceNeeded
            ? window.Happened(enquiry.OutcomeDate)
            : null);

    private static CensusSection47 Section47(CensusEnquiryRow enquiry, CensusConferenceRow? conference, CensusWindow window)
    {
        var noConference = enquiry.Outcome is { } outcome && outcome != Section47Outcome.ConcernsSubstantiatedConferenceNeeded
            && window.Happened(enquiry.OutcomeDate) is not null;
        return new CensusSection47
        {
            ActualStartDate = enquiry.StartDate,
            InitialCpcTarget = enquiry.InitialCpcTarget,
            DateOfInitialCpc = conference?.Date,
            IcpcNotRequired = noConference ? "true" : "false",
        };
    }

    private static CensusChildProtectionPlan Plan(CensusPlanRow plan, CensusRecord record, CensusWindow window) => new()
    {
        StartDate = plan.StartDate,
        EndDate = window.Happened(plan.EndDate),
        InitialCategoryOfAbuse = plan.InitialCategory.Code(),
        LatestCategoryOfAbuse = plan.LatestCategory.Code(),
        NumberOfPreviousCpp = plan.PreviousPlans.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ReviewDates = [.. record.ReviewDates[plan.Id]
            .Where(d => d >= window.Start && d <= window.End)
            .Order()
            .Select(d => (DateOnly?)d)],
    };

    private static CensusPreProceedings PreProceedings(PreProceedings p, CensusWindow window) => new()
    {
        StartDate = p.StartDate,
        LetterBeforeProceedingsSentDate = window.Happened(p.LetterBeforeProceedingsSentOn),
        FamilyGroupMeetingOffered = Flag(p.FamilyGroupMeetingOffered),
        FamilyGroupMeetingFacilitated = Flag(p.FamilyGroupMeetingFacilitated),
        InitialMeetingDate = window.Happened(p.InitialMeetingOn),
        ReviewMeetingsCount = p.ReviewMeetingsCount?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StepDecisionDate = window.Happened(p.StepDecisionOn),
        Outcome = p.Outcome,
        CourtApplicationDate = window.Happened(p.CourtApplicationOn),
        LetterInitiatingCarePlanningDate = window.Happened(p.LetterInitiatingProceedingsOn),
    };

    private static string? Flag(bool? value) => value switch { true => "1", false => "0", null => null };
}
