namespace Hearth.Core.Returns.CinCensus.Xml;

// CINdetails and its modules (statutory-data.md A.1; PreProceedingsandFGDM from A.5).
public static partial class CinCensusXmlReader
{
    private static CinDetails ReadEpisode(CensusXmlCursor cursor) => ReadNew(cursor, EpisodeElements);

    private static T ReadNew<T>(CensusXmlCursor cursor, CensusElementMap<T> map)
        where T : new()
    {
        var item = new T();
        cursor.ReadChildren(map, item);
        return item;
    }

    private static readonly CensusElementMap<List<string>> FactorElements = new(CensusXmlNames.FactorsIdentifiedAtAssessment)
    {
        { CensusField.AssessmentFactors, (c, list) => AddText(c, list), true },
    };

    private static readonly CensusElementMap<CensusAssessment> AssessmentElements = new(CensusTable.Assessments)
    {
        { CensusField.AssessmentActualStartDate, (c, a) => a.ActualStartDate = c.Date() },
        { CensusField.AssessmentInternalReviewDate, (c, a) => a.InternalReviewDate = c.Date() },
        { CensusField.AssessmentAuthorisationDate, (c, a) => a.AuthorisationDate = c.Date() },
        { CensusXmlNames.FactorsIdentifiedAtAssessment, (c, a) => c.ReadChildren(FactorElements, a.Factors) },
    };

    private static readonly CensusElementMap<CensusCinPlan> CinPlanElements = new(CensusXmlNames.CinPlanDates)
    {
        { CensusField.CinPlanStartDate, (c, p) => p.StartDate = c.Date() },
        { CensusField.CinPlanEndDate, (c, p) => p.EndDate = c.Date() },
    };

    private static readonly CensusElementMap<CensusSection47> Section47Elements = new(CensusTable.Section47)
    {
        { CensusField.S47ActualStartDate, (c, s) => s.ActualStartDate = c.Date() },
        { CensusField.InitialCpcTarget, (c, s) => s.InitialCpcTarget = c.Date() },
        { CensusField.DateOfInitialCpc, (c, s) => s.DateOfInitialCpc = c.Date() },
        { CensusField.IcpcNotRequired, (c, s) => s.IcpcNotRequired = c.Text() },
    };

    // An empty CPPreviewDate is kept as a null: it is a review with no date, which rule 8842Q reports.
    private static readonly CensusElementMap<List<DateOnly?>> ReviewElements = new(CensusTable.Reviews)
    {
        { CensusField.CppReviewDate, (c, dates) => dates.Add(c.Date()), true },
    };

    private static readonly CensusElementMap<CensusChildProtectionPlan> ProtectionPlanElements = new(CensusTable.ChildProtectionPlans)
    {
        { CensusField.CppStartDate, (c, p) => p.StartDate = c.Date() },
        { CensusField.CppEndDate, (c, p) => p.EndDate = c.Date() },
        { CensusField.InitialCategoryOfAbuse, (c, p) => p.InitialCategoryOfAbuse = c.Text() },
        { CensusField.LatestCategoryOfAbuse, (c, p) => p.LatestCategoryOfAbuse = c.Text() },
        { CensusField.NumberOfPreviousCpp, (c, p) => p.NumberOfPreviousCpp = c.Text() },
        { CensusTable.Reviews, (c, p) => c.ReadChildren(ReviewElements, p.ReviewDates) },
    };

    private static readonly CensusElementMap<CensusPreProceedings> PreProceedingsElements = new(CensusTable.PreProceedings)
    {
        { CensusField.PpStartDate, (c, p) => p.StartDate = c.Date() },
        { CensusField.LbpSentDate, (c, p) => p.LetterBeforeProceedingsSentDate = c.Date() },
        { CensusField.FgdmMeetingOffer, (c, p) => p.FamilyGroupMeetingOffered = c.Text() },
        { CensusField.FgdmMeetingFac, (c, p) => p.FamilyGroupMeetingFacilitated = c.Text() },
        { CensusField.InitialPpMeetingDate, (c, p) => p.InitialMeetingDate = c.Date() },
        { CensusField.ReviewMeetingsCount, (c, p) => p.ReviewMeetingsCount = c.Text() },
        { CensusField.StepDecisionDate, (c, p) => p.StepDecisionDate = c.Date() },
        { CensusField.PpOutcome, (c, p) => p.Outcome = c.Text() },
        { CensusField.CourtAppDate, (c, p) => p.CourtApplicationDate = c.Date() },
        { CensusField.LetterInitCpDate, (c, p) => p.LetterInitiatingCarePlanningDate = c.Date() },
    };

    private static readonly CensusElementMap<CinDetails> EpisodeElements = new(CensusTable.CinDetails)
    {
        { CensusField.CinReferralDate, (c, e) => e.ReferralDate = c.Date() },
        { CensusField.ReferralSource, (c, e) => e.ReferralSource = c.Text() },
        { CensusField.PrimaryNeedCode, (c, e) => e.PrimaryNeedCode = c.Text() },
        { CensusField.CinClosureDate, (c, e) => e.ClosureDate = c.Date() },
        { CensusField.ReasonForClosure, (c, e) => e.ReasonForClosure = c.Text() },
        { CensusField.DateOfInitialCpc, (c, e) => e.DateOfInitialCpc = c.Date() },
        { CensusTable.Assessments, (c, e) => e.Assessments.Add(ReadNew(c, AssessmentElements)), true },
        { CensusXmlNames.CinPlanDates, (c, e) => e.CinPlans.Add(ReadNew(c, CinPlanElements)), true },
        { CensusTable.Section47, (c, e) => e.Section47s.Add(ReadNew(c, Section47Elements)), true },
        { CensusField.ReferralNfa, (c, e) => e.ReferralNfa = c.Text() },
        { CensusTable.ChildProtectionPlans, (c, e) => e.ChildProtectionPlans.Add(ReadNew(c, ProtectionPlanElements)), true },
        { CensusTable.PreProceedings, (c, e) => e.PreProceedings.Add(ReadNew(c, PreProceedingsElements)), true },
    };
}
