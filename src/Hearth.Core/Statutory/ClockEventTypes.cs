namespace Hearth.Core.Statutory;

/// <summary>
/// The clock event types the rule table reads. Each area's projection turns its process events into
/// these, one per fact, dated on the day the thing happened; same-day events in the order they were
/// recorded. Where a regulation's timescale depends on a fact the engine does not see (the child's
/// age, the kind of placement), the projection says so by emitting a more specific event type.
/// </summary>
public static class ClockEventTypes
{
    // Front door and assessment
    public const string ReferralReceived = "ReferralReceived";
    public const string ContactBecameReferral = "ContactBecameReferral";
    public const string ContactRatedRed = "ContactRatedRed";
    public const string ContactRatedAmber = "ContactRatedAmber";
    public const string ContactRatedGreen = "ContactRatedGreen";
    public const string ContactDecisionMade = "ContactDecisionMade";
    public const string ReferralDecisionMade = "ReferralDecisionMade";
    public const string ReferrerInformedOfOutcome = "ReferrerInformedOfOutcome";
    public const string ReferralClosedWithNoFurtherAction = "ReferralClosedWithNoFurtherAction";
    public const string AssessmentCompleted = "AssessmentCompleted";
    public const string ReferralReceivedUnderFramework2000 = "ReferralReceivedUnderFramework2000";
    public const string ReferralReceivedUnderWorkingTogether2010 = "ReferralReceivedUnderWorkingTogether2010";
    public const string InitialAssessmentCompleted = "InitialAssessmentCompleted";
    public const string CoreAssessmentStarted = "CoreAssessmentStarted";
    public const string CoreAssessmentCompleted = "CoreAssessmentCompleted";

    // Management oversight: a manager's direction or a supervision decision on an open case, and the case's closure
    public const string ManagementOversightRecorded = "ManagementOversightRecorded";
    public const string CinEpisodeClosed = "CinEpisodeClosed";

    // Child protection
    public const string SignificantHarmConcernIdentified = "SignificantHarmConcernIdentified";
    public const string StrategyDiscussionHeld = "StrategyDiscussionHeld";
    public const string Section47NotRequired = "Section47NotRequired";
    public const string Section47ConcludedWithoutConference = "Section47ConcludedWithoutConference";
    public const string InitialChildProtectionConferenceHeld = "InitialChildProtectionConferenceHeld";
    public const string ChildProtectionPlanStarted = "ChildProtectionPlanStarted";
    public const string ChildProtectionPlanEnded = "ChildProtectionPlanEnded";
    public const string CoreGroupMeetingHeld = "CoreGroupMeetingHeld";
    public const string ReviewChildProtectionConferenceHeld = "ReviewChildProtectionConferenceHeld";
    public const string ChildProtectionVisit = "ChildProtectionVisit";
    public const string TransferInNoticeReceived = "TransferInNoticeReceived";
    public const string TransferInConferenceHeld = "TransferInConferenceHeld";

    // Children in need
    public const string CinPlanStarted = "CinPlanStarted";
    public const string CinPlanEnded = "CinPlanEnded";
    public const string CinPlanReviewHeld = "CinPlanReviewHeld";
    public const string CinVisit = "CinVisit";

    // Children looked after
    public const string LookedAfterPeriodStarted = "LookedAfterPeriodStarted";
    public const string LookedAfterPeriodEnded = "LookedAfterPeriodEnded";
    public const string CarePlanAgreed = "CarePlanAgreed";
    public const string PlacementStarted = "PlacementStarted";
    public const string PlacementEnded = "PlacementEnded";
    public const string PlacementPlanAgreed = "PlacementPlanAgreed";
    public const string PlacementNotificationsSent = "PlacementNotificationsSent";
    public const string LookedAfterVisit = "LookedAfterVisit";
    public const string PlacedWithParentBeforeAssessment = "PlacedWithParentBeforeAssessment";
    public const string PlacedWithParentFirstReviewHeld = "PlacedWithParentFirstReviewHeld";
    public const string PlacedWithConnectedPersonOrAtHomeUnderInterimOrder = "PlacedWithConnectedPersonOrAtHomeUnderInterimOrder";
    public const string ConnectedPersonOrInterimOrderFirstReviewHeld = "ConnectedPersonOrInterimOrderFirstReviewHeld";
    public const string CareOrderMadeWhilePlacedAtHome = "CareOrderMadeWhilePlacedAtHome";
    public const string LongTermPlacementFirstYearCompleted = "LongTermPlacementFirstYearCompleted";
    public const string LookedAfterReviewHeld = "LookedAfterReviewHeld";
    public const string IndependentReviewingOfficerAppointed = "IndependentReviewingOfficerAppointed";
    public const string InitialHealthAssessmentCompleted = "InitialHealthAssessmentCompleted";
    public const string HealthAssessmentCompletedUnderFive = "HealthAssessmentCompletedUnderFive";
    public const string HealthAssessmentCompletedAgedFiveOrOver = "HealthAssessmentCompletedAgedFiveOrOver";
    public const string PersonalEducationPlanRequired = "PersonalEducationPlanRequired";
    public const string PersonalEducationPlanCompleted = "PersonalEducationPlanCompleted";
    public const string ConnectedPersonTemporarilyApproved = "ConnectedPersonTemporarilyApproved";
    public const string ConnectedPersonTemporaryApprovalExtended = "ConnectedPersonTemporaryApprovalExtended";
    public const string ConnectedPersonApprovalDecided = "ConnectedPersonApprovalDecided";

    // Care proceedings
    public const string CareProceedingsIssued = "CareProceedingsIssued";
    public const string CareProceedingsTimetableExtended = "CareProceedingsTimetableExtended";
    public const string CareProceedingsDisposed = "CareProceedingsDisposed";
    public const string CaseManagementHearingHeld = "CaseManagementHearingHeld";
    public const string PreProceedingsLetterSent = "PreProceedingsLetterSent";
    public const string PreProceedingsDecisionMade = "PreProceedingsDecisionMade";

    // Adoption
    public const string PlacementOrderMade = "PlacementOrderMade";
    public const string AdoptionMatchDecision = "AdoptionMatchDecision";
    public const string RegistrationOfInterestReceived = "RegistrationOfInterestReceived";
    public const string RegistrationOfInterestDecided = "RegistrationOfInterestDecided";
    public const string AdopterStageOneStarted = "AdopterStageOneStarted";
    public const string AdopterStageOneDecision = "AdopterStageOneDecision";
    public const string AdopterStageTwoStarted = "AdopterStageTwoStarted";
    public const string AdopterApprovalDecision = "AdopterApprovalDecision";
    public const string AdoptivePlacementStarted = "AdoptivePlacementStarted";
    public const string AdoptivePlacementVisit = "AdoptivePlacementVisit";
    public const string AdoptivePlacementReviewHeld = "AdoptivePlacementReviewHeld";
    public const string AdoptivePlacementEnded = "AdoptivePlacementEnded";
    public const string AdoptionOrderMade = "AdoptionOrderMade";
    public const string AuthorityToPlaceForAdoptionGiven = "AuthorityToPlaceForAdoptionGiven";
    public const string AuthorityToPlaceReviewHeld = "AuthorityToPlaceReviewHeld";
    public const string AuthorityToPlaceEnded = "AuthorityToPlaceEnded";

    // Fostering
    public const string FosterCarerApproved = "FosterCarerApproved";
    public const string FosterCarerReviewCompleted = "FosterCarerReviewCompleted";
    public const string FosterCarerApprovalEnded = "FosterCarerApprovalEnded";
    public const string FosteringPanelMinutesReceived = "FosteringPanelMinutesReceived";
    public const string FosteringDecisionMade = "FosteringDecisionMade";

    // Care leavers
    public const string BecameEligibleCareLeaver = "BecameEligibleCareLeaver";
    public const string CareLeaverNeedsAssessmentCompleted = "CareLeaverNeedsAssessmentCompleted";
    public const string PathwayPlanAgreed = "PathwayPlanAgreed";
    public const string PathwayPlanReviewed = "PathwayPlanReviewed";
    public const string CareLeaverServicesEnded = "CareLeaverServicesEnded";
    public const string CareLeaverInTouchWindowOpened = "CareLeaverInTouchWindowOpened";
    public const string CareLeaverContactRecorded = "CareLeaverContactRecorded";

    // Missing, private fostering, LADO
    public const string ReturnedFromMissingEpisode = "ReturnedFromMissingEpisode";
    public const string ReturnHomeInterviewOffered = "ReturnHomeInterviewOffered";
    public const string PrivateFosteringArrangementStarted = "PrivateFosteringArrangementStarted";
    public const string PrivateFosteringNotificationReceived = "PrivateFosteringNotificationReceived";
    public const string PrivateFosteringVisit = "PrivateFosteringVisit";
    public const string PrivateFosteringFirstYearCompleted = "PrivateFosteringFirstYearCompleted";
    public const string PrivateFosteringArrangementEnded = "PrivateFosteringArrangementEnded";
    public const string EmployerAwareOfAllegation = "EmployerAwareOfAllegation";
    public const string AllegationReportedToLado = "AllegationReportedToLado";
}
