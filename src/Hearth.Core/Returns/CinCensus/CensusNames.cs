namespace Hearth.Core.Returns.CinCensus;

/// <summary>The DfE's module ("table") names, used in findings exactly as the validator reports them.</summary>
public static class CensusTable
{
    public const string Header = "Header";
    public const string ChildIdentifiers = "ChildIdentifiers";
    public const string ChildCharacteristics = "ChildCharacteristics";
    public const string Disabilities = "Disabilities";
    public const string CinDetails = "CINdetails";
    public const string Assessments = "Assessments";
    public const string CinPlanDates = "CINplanDates";
    public const string Section47 = "Section47";
    public const string ChildProtectionPlans = "ChildProtectionPlans";
    public const string Reviews = "Reviews";
    public const string PreProceedings = "PreProceedingsandFGDM";
}

/// <summary>The DfE's element ("field") names, used in findings and in the XML.</summary>
public static class CensusField
{
    public const string ReferenceDate = "ReferenceDate";
    public const string LaChildId = "LAchildID";
    public const string Upn = "UPN";
    public const string FormerUpn = "FormerUPN";
    public const string UpnUnknown = "UPNunknown";
    public const string PersonBirthDate = "PersonBirthDate";
    public const string ExpectedPersonBirthDate = "ExpectedPersonBirthDate";
    public const string Sex = "Sex";
    public const string PersonDeathDate = "PersonDeathDate";
    public const string Ethnicity = "Ethnicity";
    public const string Disability = "Disability";
    public const string CinReferralDate = "CINreferralDate";
    public const string ReferralSource = "ReferralSource";
    public const string PrimaryNeedCode = "PrimaryNeedCode";
    public const string CinClosureDate = "CINclosureDate";
    public const string ReasonForClosure = "ReasonForClosure";
    public const string DateOfInitialCpc = "DateOfInitialCPC";
    public const string ReferralNfa = "ReferralNFA";
    public const string AssessmentActualStartDate = "AssessmentActualStartDate";
    public const string AssessmentInternalReviewDate = "AssessmentInternalReviewDate";
    public const string AssessmentAuthorisationDate = "AssessmentAuthorisationDate";
    public const string AssessmentFactors = "AssessmentFactors";
    public const string CinPlanStartDate = "CINPlanStartDate";
    public const string CinPlanEndDate = "CINPlanEndDate";
    public const string S47ActualStartDate = "S47ActualStartDate";
    public const string InitialCpcTarget = "InitialCPCtarget";
    public const string IcpcNotRequired = "ICPCnotRequired";
    public const string CppStartDate = "CPPstartDate";
    public const string CppEndDate = "CPPendDate";
    public const string InitialCategoryOfAbuse = "InitialCategoryOfAbuse";
    public const string LatestCategoryOfAbuse = "LatestCategoryOfAbuse";
    public const string NumberOfPreviousCpp = "NumberOfPreviousCPP";
    public const string CppReviewDate = "CPPreviewDate";

    // Header (statutory-data.md A.1: CollectionDetails and Source).
    public const string Collection = "Collection";
    public const string Year = "Year";
    public const string SourceLevel = "SourceLevel";
    public const string Lea = "LEA";
    public const string SoftwareCode = "SoftwareCode";
    public const string Release = "Release";
    public const string SerialNo = "SerialNo";
    public const string DateTime = "DateTime";

    /// <summary>GenderCurrent, replaced by Sex from 2024-25; read from older files, never written.</summary>
    public const string GenderCurrent = "GenderCurrent";

    // PreProceedingsandFGDM, 2026-27 onward (statutory-data.md A.5), in schema order.
    public const string PpStartDate = "PPStartDate";
    public const string LbpSentDate = "LBPSentDate";
    public const string FgdmMeetingOffer = "FGDMMeetingOffer";
    public const string FgdmMeetingFac = "FGDMMeetingFac";
    public const string InitialPpMeetingDate = "InitialPPMeetingDate";
    public const string ReviewMeetingsCount = "ReviewMeetingsCount";
    public const string StepDecisionDate = "StepDecisionDate";
    public const string PpOutcome = "PPOutcome";
    public const string CourtAppDate = "CourtAppDate";
    public const string LetterInitCpDate = "LetterInitCPDate";
}
