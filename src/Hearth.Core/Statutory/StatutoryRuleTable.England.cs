using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.Statutory;

/// <remarks>
/// Rows of timescales.md sections 1 to 9 with no computable timescale, so not in the table:
/// re-referral within 12 months (a classification of a referral, not a duty); s47 enquiry (no
/// national limit, done before the ICPC); CP categories; pre-birth ICPC timing (local, no single
/// rule); PEP termly reviews (term dates are local); reg 33 reviews "earlier if the IRO asks" (on
/// request); independent visitor (no timescale); care proceedings gatekeeping on day 2 (the court's
/// step, not the authority's) and the advocates' meeting 2 business days before the CMH (counted
/// back from a hearing, not forward from an event); adoption scorecard A1 and A10 (retrospective
/// measures: entry into care only matters once the child is placed for adoption); adoption support
/// assessment (no national limit); care leaver statuses (definitions, such as eligibility's 13 weeks
/// in care since 14, not deadlines); personal adviser and Staying Put (entitlements to an age, not
/// deadlines); the private fostering notice 6 weeks before the arrangement (counted back from a
/// future date); LADO outcomes (a code list).
/// </remarks>
public sealed partial class StatutoryRuleTable
{
    private static Timescale WorkingDays(int n) => Timescale.OfWorkingDays(n);

    private static Timescale Days(int n) => Timescale.OfCalendarDays(n);

    private static Timescale Weeks(int n) => Timescale.OfWeeks(n);

    private static Timescale Months(int n) => Timescale.OfMonths(n);

    private static Timescale Years(int n) => Timescale.OfYears(n);

    private static IEnumerable<StatutoryRule> EnglandRules() =>
    [
        .. FrontDoorAndAssessment(),
        .. ChildProtection(),
        .. ChildInNeed(),
        .. LookedAfter(),
        .. CareProceedings(),
        .. Adoption(),
        .. Fostering(),
        .. CareLeavers(),
        .. MissingPrivateFosteringAndLado(),
        .. ManagementOversight(),
    ];

    // Local: no national frequency; Ofsted looks for regular, recorded management direction on each
    // open case. 20 working days (about 4 weeks) by default, set by the authority ("Oversight" section).
    private static IEnumerable<StatutoryRule> ManagementOversight() =>
    [
        new StatutoryRule("oversight.management.20wd", "Record management oversight on the open case",
            StatutoryArea.Assessment, ReferralReceived, WorkingDays(20), ManagementOversightRecorded,
            "Local (Ofsted ILACS: management oversight)", RuleStrength.Local, Configurable: true, Recurring: true)
        {
            StopEvents = [CinEpisodeClosed, ReferralClosedWithNoFurtherAction],
        },
    ];

    private static IEnumerable<StatutoryRule> FrontDoorAndAssessment() =>
    [
        // Local procedure: the MASH decides a contact by a deadline set by its RAG rating. A new
        // rating replaces the old deadline. Red is counted in hours by ContactDeadlines; here it is
        // due the same day so the day-level lists show it too.
        new("frontdoor.contact-decision.red", "Decide a red-rated contact",
            StatutoryArea.FrontDoor, ContactRatedRed, Days(0), ContactDecisionMade,
            "Local (MASH procedure)", RuleStrength.Local, Configurable: true, Recurring: false)
        {
            StopEvents = [ContactRatedAmber, ContactRatedGreen],
        },
        new("frontdoor.contact-decision.amber", "Decide an amber-rated contact",
            StatutoryArea.FrontDoor, ContactRatedAmber, WorkingDays(1), ContactDecisionMade,
            "Local (MASH procedure)", RuleStrength.Local, Configurable: true, Recurring: false)
        {
            StopEvents = [ContactRatedRed, ContactRatedGreen],
        },
        new("frontdoor.contact-decision.green", "Decide a green-rated contact",
            StatutoryArea.FrontDoor, ContactRatedGreen, WorkingDays(3), ContactDecisionMade,
            "Local (MASH procedure)", RuleStrength.Local, Configurable: true, Recurring: false)
        {
            StopEvents = [ContactRatedRed, ContactRatedAmber],
        },

        // WT23 ch.3: decide the type of response, and acknowledge the referrer, within 1 working day
        // of the contact becoming a referral (a request for a social care service).
        new("frontdoor.referral-decision.1wd", "Decide the response to a referral and acknowledge the referrer",
            StatutoryArea.FrontDoor, ContactBecameReferral, WorkingDays(1), ReferralDecisionMade,
            "SG WT23 ch.3; WT18 ch.1", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),

        // No national limit on feedback to the referrer; 1 working day is a common local standard.
        new("frontdoor.referrer-feedback.1wd", "Tell the referrer the outcome",
            StatutoryArea.FrontDoor, ReferralDecisionMade, WorkingDays(1), ReferrerInformedOfOutcome,
            "Local (no national limit)", RuleStrength.Local, Configurable: true, Recurring: false),

        // WT23 ch.3: the child and family assessment concludes within 45 working days of the referral.
        // It keeps running if s47 starts part-way (timescales.md edge cases); a referral closed with
        // no further action needs no assessment.
        new StatutoryRule("assessment.child-and-family.45wd", "Complete the child and family assessment",
            StatutoryArea.Assessment, ReferralReceived, WorkingDays(45), AssessmentCompleted,
            "SG WT23 ch.3; WT18 ch.1 (from 15 Apr 2013)", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false)
        {
            StopEvents = [ReferralClosedWithNoFurtherAction],
        },

        // Legacy clocks, for history imported from before April 2013: the importer says which
        // framework applied by the start event it emits.
        new("assessment.initial.framework-2000.7wd", "Complete the initial assessment (Framework 2000)",
            StatutoryArea.Assessment, ReferralReceivedUnderFramework2000, WorkingDays(7), InitialAssessmentCompleted,
            "Framework for the Assessment of Children in Need 2000", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),
        new("assessment.initial.working-together-2010.10wd", "Complete the initial assessment (WT 2010)",
            StatutoryArea.Assessment, ReferralReceivedUnderWorkingTogether2010, WorkingDays(10), InitialAssessmentCompleted,
            "WT 2010", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),
        new("assessment.core.legacy.35wd", "Complete the core assessment",
            StatutoryArea.Assessment, CoreAssessmentStarted, WorkingDays(35), CoreAssessmentCompleted,
            "Framework 2000; WT 2010", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),
    ];

    private static IEnumerable<StatutoryRule> ChildInNeed() =>
    [
        // No national CIN visiting frequency (timescales.md section 10: local schedule); every 20
        // working days is a common local standard. Only a visit where the child was seen meets it.
        new StatutoryRule("cin.visit.20wd", "Visit the child in need",
            StatutoryArea.ChildInNeed, CinPlanStarted, WorkingDays(20), CinVisit,
            "Local (no national CIN visiting frequency)", RuleStrength.Local, Configurable: true, Recurring: true)
        {
            StopEvents = [CinPlanEnded],
        },

        // Local (WT23 ch.3: CIN plans reviewed regularly): first review within 3 months of the plan's
        // start, then at intervals of not more than 6 months.
        new StatutoryRule("cin.plan-review", "Review the child in need plan",
            StatutoryArea.ChildInNeed, CinPlanStarted, Months(3), CinPlanReviewHeld,
            "Local (WT23 ch.3: CIN plans reviewed regularly)", RuleStrength.Local, Configurable: true, Recurring: true)
        {
            ThenEvery = [Months(6)],
            StopEvents = [CinPlanEnded],
        },
    ];

    private static IEnumerable<StatutoryRule> ChildProtection() =>
    [
        // WT23 ch.3 sets no national limit on the strategy discussion; local procedures say 1 to 3
        // working days, so the strictest is the default and an authority may set its own.
        new("cp.strategy-discussion.1wd", "Hold a strategy discussion",
            StatutoryArea.ChildProtection, SignificantHarmConcernIdentified, WorkingDays(1), StrategyDiscussionHeld,
            "Local (1-3 WD); SG WT23 ch.3 sets no national limit", RuleStrength.Local, Configurable: true, Recurring: false),

        // WT23 ch.3: ICPC within 15 working days of the strategy discussion (if more than one, the one
        // that initiated s47: the engine keeps the clock from the first).
        new StatutoryRule("cp.icpc.15wd", "Hold the initial child protection conference",
            StatutoryArea.ChildProtection, StrategyDiscussionHeld, WorkingDays(15), InitialChildProtectionConferenceHeld,
            "SG WT23 ch.3; WT18", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false)
        {
            StopEvents = [Section47NotRequired, Section47ConcludedWithoutConference],
        },

        // WT18/WT23: first core group within 10 working days of the ICPC that made the plan.
        new StatutoryRule("cp.first-core-group.10wd", "Hold the first core group meeting",
            StatutoryArea.ChildProtection, ChildProtectionPlanStarted, WorkingDays(10), CoreGroupMeetingHeld,
            "SG WT18/WT23; LA procedures", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false)
        {
            StopEvents = [ChildProtectionPlanEnded],
        },

        // WT23/WT18: first review conference within 3 months of the ICPC, then at intervals of not
        // more than 6 months while the plan lasts.
        new StatutoryRule("cp.review-conference.3m-then-6m", "Hold the review child protection conference",
            StatutoryArea.ChildProtection, ChildProtectionPlanStarted, Months(3), ReviewChildProtectionConferenceHeld,
            "SG WT23 ch.3; WT18 ch.1", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: true)
        {
            ThenEvery = [Months(6)],
            StopEvents = [ChildProtectionPlanEnded],
        },

        // Not statutory: authorities set every 10 working days or every 4 weeks.
        new StatutoryRule("cp.visits.10wd", "Visit the child on a child protection plan",
            StatutoryArea.ChildProtection, ChildProtectionPlanStarted, WorkingDays(10), ChildProtectionVisit,
            "Local (10 WD or 4 weeks)", RuleStrength.Local, Configurable: true, Recurring: true)
        {
            StopEvents = [ChildProtectionPlanEnded],
        },

        // Local procedures (e.g. Norfolk, Bolton): transfer-in conference within 15 working days of
        // written notice of the permanent move; the sending authority keeps the case until then.
        new("cp.transfer-in-conference.15wd", "Hold the transfer-in conference",
            StatutoryArea.ChildProtection, TransferInNoticeReceived, WorkingDays(15), TransferInConferenceHeld,
            "Local (Norfolk, Bolton)", RuleStrength.Local, Configurable: true, Recurring: false),
    ];

    private static IEnumerable<StatutoryRule> LookedAfter()
    {
        // A placement starting under one reg 28 visiting pattern ends any other pattern's chain.
        string[] otherVisitPatterns =
        [
            PlacedWithParentBeforeAssessment, PlacedWithConnectedPersonOrAtHomeUnderInterimOrder,
            CareOrderMadeWhilePlacedAtHome, LongTermPlacementFirstYearCompleted,
        ];

        return
        [
            // CPPCR reg 4(2): care plan before the first placement or, if not practicable, within 10
            // working days of its start. The first placement starts the period of care.
            new StatutoryRule("lac.care-plan.10wd", "Agree the care plan",
                StatutoryArea.LookedAfter, LookedAfterPeriodStarted, WorkingDays(10), CarePlanAgreed,
                "Stat CPPCR 2010 reg 4(2)", RuleStrength.Statutory, Configurable: false, Recurring: false)
            {
                StopEvents = [LookedAfterPeriodEnded],
            },

            // CPPCR reg 9(2): placement plan before the placement or within 5 working days of it.
            new StatutoryRule("lac.placement-plan.5wd", "Agree the placement plan",
                StatutoryArea.LookedAfter, PlacementStarted, WorkingDays(5), PlacementPlanAgreed,
                "Stat CPPCR 2010 reg 9(2)", RuleStrength.Statutory, Configurable: false, Recurring: false)
            {
                StopEvents = [LookedAfterPeriodEnded],
            },

            // CPPCR reg 13: notice of the placement, where not given before it, within 5 working days.
            new StatutoryRule("lac.placement-notification.5wd", "Notify the placement",
                StatutoryArea.LookedAfter, PlacementStarted, WorkingDays(5), PlacementNotificationsSent,
                "Stat CPPCR 2010 reg 13", RuleStrength.Statutory, Configurable: false, Recurring: false)
            {
                StopEvents = [LookedAfterPeriodEnded],
            },

            // CPPCR reg 28(2): within 1 week of the start of any placement, then at intervals of not
            // more than 6 weeks. Each placement restarts the chain (timescales.md edge cases).
            new StatutoryRule("lac.visits.placement.1wk-then-6wk", "Visit the looked-after child",
                StatutoryArea.LookedAfter, PlacementStarted, Weeks(1), LookedAfterVisit,
                "Stat CPPCR 2010 reg 28(2)", RuleStrength.Statutory, Configurable: false, Recurring: true)
            {
                ThenEvery = [Weeks(6)],
                StopEvents = [LookedAfterPeriodEnded, .. otherVisitPatterns],
            },

            // CPPCR reg 28(2)(b): after the first year, not more than 3 months where the placement is
            // intended to last until 18. The projection emits the start event on the first anniversary,
            // so the first 3-month interval runs from the anniversary.
            new StatutoryRule("lac.visits.long-term-placement.3m", "Visit the child in a long-term placement",
                StatutoryArea.LookedAfter, LongTermPlacementFirstYearCompleted, Months(3), LookedAfterVisit,
                "Stat CPPCR 2010 reg 28(2)(b)", RuleStrength.Statutory, Configurable: false, Recurring: true)
            {
                StopEvents = [PlacementEnded, LookedAfterPeriodEnded],
            },

            // CPPCR reg 28(3): placed with a parent before the assessment is complete: weekly until
            // the first review, then not more than 6 weeks.
            new StatutoryRule("lac.visits.placed-with-parent.weekly", "Visit the child placed with a parent (until the first review)",
                StatutoryArea.LookedAfter, PlacedWithParentBeforeAssessment, Weeks(1), LookedAfterVisit,
                "Stat CPPCR 2010 reg 28(3)", RuleStrength.Statutory, Configurable: false, Recurring: true)
            {
                StopEvents = [PlacedWithParentFirstReviewHeld, PlacementEnded, LookedAfterPeriodEnded],
            },
            new StatutoryRule("lac.visits.placed-with-parent.6wk", "Visit the child placed with a parent (after the first review)",
                StatutoryArea.LookedAfter, PlacedWithParentFirstReviewHeld, Weeks(6), LookedAfterVisit,
                "Stat CPPCR 2010 reg 28(3)", RuleStrength.Statutory, Configurable: false, Recurring: true)
            {
                StopEvents = [PlacementEnded, LookedAfterPeriodEnded],
            },

            // CPPCR reg 28(4): connected person with temporary approval, or at home under an interim
            // care order: weekly until the first review, then not more than 4 weeks.
            new StatutoryRule("lac.visits.connected-person.weekly", "Visit the child with a connected person or at home under an ICO (until the first review)",
                StatutoryArea.LookedAfter, PlacedWithConnectedPersonOrAtHomeUnderInterimOrder, Weeks(1), LookedAfterVisit,
                "Stat CPPCR 2010 reg 28(4)", RuleStrength.Statutory, Configurable: false, Recurring: true)
            {
                StopEvents = [ConnectedPersonOrInterimOrderFirstReviewHeld, CareOrderMadeWhilePlacedAtHome, PlacementEnded, LookedAfterPeriodEnded],
            },
            new StatutoryRule("lac.visits.connected-person.4wk", "Visit the child with a connected person or at home under an ICO (after the first review)",
                StatutoryArea.LookedAfter, ConnectedPersonOrInterimOrderFirstReviewHeld, Weeks(4), LookedAfterVisit,
                "Stat CPPCR 2010 reg 28(4)", RuleStrength.Statutory, Configurable: false, Recurring: true)
            {
                StopEvents = [CareOrderMadeWhilePlacedAtHome, PlacementEnded, LookedAfterPeriodEnded],
            },

            // CPPCR reg 28(5): care order made while the child is at home: within 1 week of the
            // order, then not more than 6 weeks.
            new StatutoryRule("lac.visits.care-order-at-home.1wk-then-6wk", "Visit the child at home under a care order",
                StatutoryArea.LookedAfter, CareOrderMadeWhilePlacedAtHome, Weeks(1), LookedAfterVisit,
                "Stat CPPCR 2010 reg 28(5)", RuleStrength.Statutory, Configurable: false, Recurring: true)
            {
                ThenEvery = [Weeks(6)],
                StopEvents = [PlacementEnded, LookedAfterPeriodEnded],
            },

            // CPPCR reg 33: first review within 20 working days of becoming looked after, second
            // within 3 months of the first, then not more than 6 months. A new period of care restarts it.
            new StatutoryRule("lac.review.20wd-3m-6m", "Hold the looked-after child review",
                StatutoryArea.LookedAfter, LookedAfterPeriodStarted, WorkingDays(20), LookedAfterReviewHeld,
                "Stat CPPCR 2010 reg 33", RuleStrength.Statutory, Configurable: false, Recurring: true)
            {
                ThenEvery = [Months(3), Months(6)],
                StopEvents = [LookedAfterPeriodEnded],
            },

            // CA89 s25A: appoint an IRO; the IRO Handbook's good practice is within 5 working days.
            new StatutoryRule("lac.iro-appointed.5wd", "Appoint the independent reviewing officer",
                StatutoryArea.LookedAfter, LookedAfterPeriodStarted, WorkingDays(5), IndependentReviewingOfficerAppointed,
                "Stat CA89 s25A; SG IRO Handbook", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false)
            {
                StopEvents = [LookedAfterPeriodEnded],
            },

            // CPPCR reg 7: health assessment before the placement or, if not practicable, before the
            // first review, so within 20 working days.
            new StatutoryRule("lac.initial-health-assessment.20wd", "Complete the initial health assessment",
                StatutoryArea.LookedAfter, LookedAfterPeriodStarted, WorkingDays(20), InitialHealthAssessmentCompleted,
                "Stat CPPCR 2010 reg 7; SG Promoting the health and wellbeing of looked-after children 2015",
                RuleStrength.Statutory, Configurable: false, Recurring: false)
            {
                StopEvents = [LookedAfterPeriodEnded],
            },

            // CPPCR reg 7: health reviews at least every 6 months before the fifth birthday and every
            // 12 months after. The interval is set by the child's age on the day of the last assessment
            // (the projection emits the age-specific event), so an interval spanning the fifth
            // birthday is 6 months, the stricter. Either kind of assessment meets the next one.
            new StatutoryRule("lac.health-review.under-5.6m", "Review the health of a looked-after child under 5",
                StatutoryArea.LookedAfter, HealthAssessmentCompletedUnderFive, Months(6), HealthAssessmentCompletedUnderFive,
                "Stat CPPCR 2010 reg 7", RuleStrength.Statutory, Configurable: false, Recurring: false)
            {
                AlsoMetBy = [HealthAssessmentCompletedAgedFiveOrOver],
                StopEvents = [LookedAfterPeriodEnded],
            },
            new StatutoryRule("lac.health-review.5-and-over.12m", "Review the health of a looked-after child aged 5 or over",
                StatutoryArea.LookedAfter, HealthAssessmentCompletedAgedFiveOrOver, Months(12), HealthAssessmentCompletedAgedFiveOrOver,
                "Stat CPPCR 2010 reg 7", RuleStrength.Statutory, Configurable: false, Recurring: false)
            {
                AlsoMetBy = [HealthAssessmentCompletedUnderFive],
                StopEvents = [LookedAfterPeriodEnded],
            },

            // Promoting the education of LAC 2018: the PEP is started within 10 working days of
            // becoming looked after (in time for the first review). The projection emits the start
            // event, dated at the start of care, for children who need a PEP.
            new StatutoryRule("lac.pep.10wd", "Start the personal education plan",
                StatutoryArea.LookedAfter, PersonalEducationPlanRequired, WorkingDays(10), PersonalEducationPlanCompleted,
                "SG Promoting the education of looked-after and previously looked-after children 2018",
                RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false)
            {
                StopEvents = [LookedAfterPeriodEnded],
            },

            // CPPCR regs 24-25: temporary approval of a connected person lasts up to 16 weeks. An
            // extension of up to 8 weeks (reg 25) is recorded dated on the day the 16 weeks end,
            // which ends this clock and starts the next.
            new StatutoryRule("lac.connected-person-temporary-approval.16wk", "Decide on the connected person's approval",
                StatutoryArea.LookedAfter, ConnectedPersonTemporarilyApproved, Weeks(16), ConnectedPersonApprovalDecided,
                "Stat CPPCR 2010 regs 24-25", RuleStrength.Statutory, Configurable: false, Recurring: false)
            {
                StopEvents = [ConnectedPersonTemporaryApprovalExtended],
            },
            new("lac.connected-person-temporary-approval.extension.8wk", "Decide on the connected person's approval (extended)",
                StatutoryArea.LookedAfter, ConnectedPersonTemporaryApprovalExtended, Weeks(8), ConnectedPersonApprovalDecided,
                "Stat CPPCR 2010 reg 25", RuleStrength.Statutory, Configurable: false, Recurring: false),
        ];
    }

    private static IEnumerable<StatutoryRule> CareProceedings() =>
    [
        // CA89 s32(1)(a)(ii): dispose of the application within 26 weeks "beginning with the day" it
        // was issued, so the issue date is day 1. An extension (s32(5), up to 8 weeks, not routine)
        // is recorded dated on the day the current timetable ends.
        new StatutoryRule("proceedings.26wk", "Dispose of the care application",
            StatutoryArea.CareProceedings, CareProceedingsIssued,
            new Timescale(26, TimescaleUnit.Weeks, TimescaleCounting.StartIsDayOne), CareProceedingsDisposed,
            "Stat CA89 s32(1)(a)(ii) (CFA 2014 s14)", RuleStrength.Statutory, Configurable: false, Recurring: false)
        {
            StopEvents = [CareProceedingsTimetableExtended],
        },

        // CA89 s32(5)-(8): each extension ends no more than 8 weeks after the end of the period it
        // extends; a further extension ends this clock and starts the next.
        new StatutoryRule("proceedings.extension.8wk", "Dispose of the care application (extended)",
            StatutoryArea.CareProceedings, CareProceedingsTimetableExtended, Weeks(8), CareProceedingsDisposed,
            "Stat CA89 s32(5)-(8)", RuleStrength.Statutory, Configurable: false, Recurring: false)
        {
            StopEvents = [CareProceedingsTimetableExtended],
        },

        // FPR PD12A: issue is day 1 and the case management hearing is no later than day 18.
        new("proceedings.case-management-hearing.day-18", "Hold the case management hearing",
            StatutoryArea.CareProceedings, CareProceedingsIssued,
            new Timescale(18, TimescaleUnit.CalendarDays, TimescaleCounting.StartIsDayOne), CaseManagementHearingHeld,
            "FPR PD12A (2014)", RuleStrength.Statutory, Configurable: false, Recurring: false),

        // No statutory limit on pre-proceedings; the PLWG best-practice figure (about 16 weeks) is a
        // local default.
        new("proceedings.pre-proceedings.16wk", "Decide at the end of pre-proceedings",
            StatutoryArea.CareProceedings, PreProceedingsLetterSent, Weeks(16), PreProceedingsDecisionMade,
            "SG Court orders and pre-proceedings (DfE 2014); PLWG", RuleStrength.Local, Configurable: true, Recurring: false),
    ];

    private static IEnumerable<StatutoryRule> Adoption() =>
    [
        // Adoption scorecard A2: placement order to match decision, threshold 121 days (earlier
        // 213/182/152). A performance threshold, not a duty, so Local and configurable.
        new("adoption.a2.placement-order-to-match.121d", "Match the child with adopters (scorecard A2)",
            StatutoryArea.Adoption, PlacementOrderMade, Days(121), AdoptionMatchDecision,
            "DfE Adoption Scorecards A2", RuleStrength.Local, Configurable: true, Recurring: false),

        // Statutory Guidance on Adoption 2013: decide on a registration of interest within 5 working days.
        new("adoption.registration-of-interest.5wd", "Decide on the registration of interest",
            StatutoryArea.Adoption, RegistrationOfInterestReceived, WorkingDays(5), RegistrationOfInterestDecided,
            "SG Adoption Statutory Guidance 2013", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),

        // AAR 2005 Pt 4 (as amended 2013) and guidance: stage 1 in 2 months, stage 2 in 4 months.
        new("adoption.adopter-stage-1.2m", "Decide at the end of adopter stage 1",
            StatutoryArea.Adoption, AdopterStageOneStarted, Months(2), AdopterStageOneDecision,
            "AAR 2005 Pt 4 (2013); SG Adoption Statutory Guidance", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),
        new("adoption.adopter-stage-2.4m", "Decide on the adopter's approval (stage 2)",
            StatutoryArea.Adoption, AdopterStageTwoStarted, Months(4), AdopterApprovalDecision,
            "AAR 2005 Pt 4 (2013); SG Adoption Statutory Guidance", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),

        // AAR 2005 reg 36(4): visit within 1 week of the adoptive placement, then weekly until the first review.
        new StatutoryRule("adoption.placement-visits.weekly", "Visit the child placed for adoption",
            StatutoryArea.Adoption, AdoptivePlacementStarted, Weeks(1), AdoptivePlacementVisit,
            "Stat AAR 2005 reg 36(4)", RuleStrength.Statutory, Configurable: false, Recurring: true)
        {
            StopEvents = [AdoptivePlacementReviewHeld, AdoptionOrderMade, AdoptivePlacementEnded],
        },

        // AAR 2005 reg 36(3): reviews within 4 weeks of placement, then 3 months, then every 6 months.
        new StatutoryRule("adoption.placement-review.4wk-3m-6m", "Review the adoptive placement",
            StatutoryArea.Adoption, AdoptivePlacementStarted, Weeks(4), AdoptivePlacementReviewHeld,
            "Stat AAR 2005 reg 36(3)", RuleStrength.Statutory, Configurable: false, Recurring: true)
        {
            ThenEvery = [Months(3), Months(6)],
            StopEvents = [AdoptionOrderMade, AdoptivePlacementEnded],
        },

        // AAR 2005 reg 36(1): authority to place but not placed: review within 3 months, then every 6 months.
        new StatutoryRule("adoption.authority-to-place-review.3m-6m", "Review the case of a child authorised for adoption but not placed",
            StatutoryArea.Adoption, AuthorityToPlaceForAdoptionGiven, Months(3), AuthorityToPlaceReviewHeld,
            "Stat AAR 2005 reg 36(1)", RuleStrength.Statutory, Configurable: false, Recurring: true)
        {
            ThenEvery = [Months(6)],
            StopEvents = [AdoptivePlacementStarted, AuthorityToPlaceEnded],
        },
    ];

    private static IEnumerable<StatutoryRule> Fostering() =>
    [
        // FS(E)R 2011 reg 28: review a foster carer's approval within a year of approval, then at
        // intervals of not more than a year. The subject is the carer.
        new StatutoryRule("fostering.carer-review.1y", "Review the foster carer's approval",
            StatutoryArea.Fostering, FosterCarerApproved, Years(1), FosterCarerReviewCompleted,
            "Stat FS(E)R 2011 reg 28", RuleStrength.Statutory, Configurable: false, Recurring: true)
        {
            StopEvents = [FosterCarerApprovalEnded],
        },

        // Fostering Services guidance Vol 4: the decision maker decides within 7 working days of
        // receiving the panel's final minutes.
        new("fostering.agency-decision.7wd", "Make the agency decision after panel",
            StatutoryArea.Fostering, FosteringPanelMinutesReceived, WorkingDays(7), FosteringDecisionMade,
            "Stat FS(E)R 2011; SG Fostering Services Vol 4", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),
    ];

    private static IEnumerable<StatutoryRule> CareLeavers() =>
    [
        // CPPCR reg 42: needs assessment within 3 months of the 16th birthday or of later eligibility.
        new("careleavers.needs-assessment.3m", "Assess the eligible child's needs",
            StatutoryArea.CareLeavers, BecameEligibleCareLeaver, Months(3), CareLeaverNeedsAssessmentCompleted,
            "Stat CPPCR 2010 reg 42", RuleStrength.Statutory, Configurable: false, Recurring: false),

        // CPPCR reg 43; Care Leavers Regs 2010: review the pathway plan at least every 6 months.
        new StatutoryRule("careleavers.pathway-plan-review.6m", "Review the pathway plan",
            StatutoryArea.CareLeavers, PathwayPlanAgreed, Months(6), PathwayPlanReviewed,
            "Stat CPPCR 2010 reg 43; Care Leavers (England) Regs 2010", RuleStrength.Statutory, Configurable: false, Recurring: true)
        {
            StopEvents = [CareLeaverServicesEnded],
        },

        // SSDA903 guide: "in touch" around the 17th to 21st birthdays, a window believed to run from
        // 3 months before to 1 month after. The projection emits the window opening 3 months before the
        // birthday, so 4 months later is 1 month after it. A data-return convention, not a duty.
        new("careleavers.in-touch.birthday", "Be in touch around the care leaver's birthday",
            StatutoryArea.CareLeavers, CareLeaverInTouchWindowOpened, Months(4), CareLeaverContactRecorded,
            "DfE SSDA903 guide", RuleStrength.Local, Configurable: true, Recurring: false),
    ];

    private static IEnumerable<StatutoryRule> MissingPrivateFosteringAndLado() =>
    [
        // Children who run away or go missing (DfE 2014): offer a return home interview within 72
        // hours of return. Clock events carry dates, not times, so 72 hours is 3 days after the return date.
        new("missing.return-home-interview.72h", "Offer the return home interview",
            StatutoryArea.Missing, ReturnedFromMissingEpisode, Days(3), ReturnHomeInterviewOffered,
            "SG Children who run away or go missing from home or care (2014)", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),

        // Private Arrangements for Fostering Regs 2005 reg 6: notice within 48 hours of the child
        // arriving (a duty on the carer and parent; the authority records lateness). Dates only, so 2 days.
        new("privatefostering.notice-after-arrival.48h", "Notify the authority of a private fostering arrangement",
            StatutoryArea.PrivateFostering, PrivateFosteringArrangementStarted, Days(2), PrivateFosteringNotificationReceived,
            "Stat Private Arrangements for Fostering Regs 2005 reg 6", RuleStrength.Statutory, Configurable: false, Recurring: false),

        // PAFR 2005 regs 4 and 7: first visit within 7 working days of the notification; reg 8: then
        // at intervals of not more than 6 weeks in the first year, not more than 12 weeks after that.
        // The projection emits the year-end event on the anniversary of the authority becoming aware of
        // the arrangement, which ends the 6-weekly chain and starts the 12-weekly one.
        new StatutoryRule("privatefostering.visits.first-year.7wd-then-6wk", "Visit the privately fostered child (first year)",
            StatutoryArea.PrivateFostering, PrivateFosteringNotificationReceived, WorkingDays(7), PrivateFosteringVisit,
            "Stat PAFR 2005 regs 4, 7, 8", RuleStrength.Statutory, Configurable: false, Recurring: true)
        {
            ThenEvery = [Weeks(6)],
            StopEvents = [PrivateFosteringFirstYearCompleted, PrivateFosteringArrangementEnded],
        },
        new StatutoryRule("privatefostering.visits.after-first-year.12wk", "Visit the privately fostered child (after the first year)",
            StatutoryArea.PrivateFostering, PrivateFosteringFirstYearCompleted, Weeks(12), PrivateFosteringVisit,
            "Stat PAFR 2005 reg 8", RuleStrength.Statutory, Configurable: false, Recurring: true)
        {
            StopEvents = [PrivateFosteringArrangementEnded],
        },

        // WT23 ch.4; KCSIE Part 4: employers report an allegation to the LADO within 1 working day.
        new("lado.allegation-reported.1wd", "Report the allegation to the LADO",
            StatutoryArea.Lado, EmployerAwareOfAllegation, WorkingDays(1), AllegationReportedToLado,
            "SG WT18 ch.2; WT23 ch.4; KCSIE Part 4", RuleStrength.StatutoryGuidance, Configurable: false, Recurring: false),
    ];
}
