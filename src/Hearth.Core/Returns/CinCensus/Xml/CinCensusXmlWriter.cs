using System.Globalization;
using System.Text;
using System.Xml;

namespace Hearth.Core.Returns.CinCensus.Xml;

/// <summary>
/// Writes a <see cref="CensusMessage"/> as a CIN census XML file for DfE COLLECT, streaming, in the
/// schema's element order (statutory-data.md A.1: the schema is an xs:sequence, so order matters).
/// </summary>
/// <remarks>
/// An element with no value is left out rather than written empty: an empty xs:date fails the
/// schema either way, and the DfE rules report a missing value by name. The one exception is a
/// CP plan review with no date, kept as an empty CPPreviewDate so the review still counts (8842Q).
/// Sex is written, never GenderCurrent, which the DfE replaced in 2024-25 (A.2).
/// </remarks>
public static class CinCensusXmlWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    public static void Write(CensusMessage message, CensusYear year, Stream output)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement(CensusXmlNames.Message);
        WriteHeader(xml, message.Header);
        xml.WriteStartElement(CensusXmlNames.Children);
        foreach (var child in message.Children)
        {
            WriteChild(xml, child, year);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteHeader(XmlWriter xml, CensusHeader header)
    {
        xml.WriteStartElement(CensusXmlNames.Header);
        xml.WriteStartElement(CensusXmlNames.CollectionDetails);
        Value(xml, CensusField.Collection, header.Collection);
        Value(xml, CensusField.Year, header.Year);
        Value(xml, CensusField.ReferenceDate, header.ReferenceDate);
        xml.WriteEndElement();
        xml.WriteStartElement(CensusXmlNames.Source);
        Value(xml, CensusField.SourceLevel, header.SourceLevel);
        Value(xml, CensusField.Lea, header.Lea);
        Value(xml, CensusField.SoftwareCode, header.SoftwareCode);
        Value(xml, CensusField.Release, header.Release);
        Value(xml, CensusField.SerialNo, header.SerialNo);
        Value(xml, CensusField.DateTime, header.DateTime?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteChild(XmlWriter xml, CensusChild child, CensusYear year)
    {
        xml.WriteStartElement(CensusXmlNames.Child);

        xml.WriteStartElement(CensusTable.ChildIdentifiers);
        Value(xml, CensusField.LaChildId, child.LaChildId);
        Value(xml, CensusField.Upn, child.Upn);
        Value(xml, CensusField.FormerUpn, child.FormerUpn);
        Value(xml, CensusField.UpnUnknown, child.UpnUnknown);
        Value(xml, CensusField.PersonBirthDate, child.PersonBirthDate);
        Value(xml, CensusField.ExpectedPersonBirthDate, child.ExpectedPersonBirthDate);
        Value(xml, CensusField.Sex, child.Sex);
        Value(xml, CensusField.PersonDeathDate, child.PersonDeathDate);
        xml.WriteEndElement();

        xml.WriteStartElement(CensusTable.ChildCharacteristics);
        Value(xml, CensusField.Ethnicity, child.Ethnicity);
        List(xml, CensusTable.Disabilities, CensusField.Disability, child.Disabilities);
        xml.WriteEndElement();

        foreach (var episode in child.CinDetails)
        {
            WriteEpisode(xml, episode, year);
        }

        xml.WriteEndElement();
    }

    private static void WriteEpisode(XmlWriter xml, CinDetails episode, CensusYear year)
    {
        xml.WriteStartElement(CensusTable.CinDetails);
        Value(xml, CensusField.CinReferralDate, episode.ReferralDate);
        Value(xml, CensusField.ReferralSource, episode.ReferralSource);
        Value(xml, CensusField.PrimaryNeedCode, episode.PrimaryNeedCode);
        Value(xml, CensusField.CinClosureDate, episode.ClosureDate);
        Value(xml, CensusField.ReasonForClosure, episode.ReasonForClosure);
        Value(xml, CensusField.DateOfInitialCpc, episode.DateOfInitialCpc);
        foreach (var assessment in episode.Assessments)
        {
            xml.WriteStartElement(CensusTable.Assessments);
            Value(xml, CensusField.AssessmentActualStartDate, assessment.ActualStartDate);
            Value(xml, CensusField.AssessmentInternalReviewDate, assessment.InternalReviewDate);
            Value(xml, CensusField.AssessmentAuthorisationDate, assessment.AuthorisationDate);
            List(xml, CensusXmlNames.FactorsIdentifiedAtAssessment, CensusField.AssessmentFactors, assessment.Factors);
            xml.WriteEndElement();
        }

        foreach (var plan in episode.CinPlans)
        {
            xml.WriteStartElement(CensusXmlNames.CinPlanDates);
            Value(xml, CensusField.CinPlanStartDate, plan.StartDate);
            Value(xml, CensusField.CinPlanEndDate, plan.EndDate);
            xml.WriteEndElement();
        }

        foreach (var s47 in episode.Section47s)
        {
            xml.WriteStartElement(CensusTable.Section47);
            Value(xml, CensusField.S47ActualStartDate, s47.ActualStartDate);
            Value(xml, CensusField.InitialCpcTarget, s47.InitialCpcTarget);
            Value(xml, CensusField.DateOfInitialCpc, s47.DateOfInitialCpc);
            Value(xml, CensusField.IcpcNotRequired, s47.IcpcNotRequired);
            xml.WriteEndElement();
        }

        Value(xml, CensusField.ReferralNfa, episode.ReferralNfa);
        foreach (var plan in episode.ChildProtectionPlans)
        {
            WriteProtectionPlan(xml, plan);
        }

        // The block is new in 2026-27 (A.5): an earlier year's schema has no place for it.
        if (year.HasPreProceedings)
        {
            foreach (var pp in episode.PreProceedings)
            {
                WritePreProceedings(xml, pp);
            }
        }

        xml.WriteEndElement();
    }

    private static void WriteProtectionPlan(XmlWriter xml, CensusChildProtectionPlan plan)
    {
        xml.WriteStartElement(CensusTable.ChildProtectionPlans);
        Value(xml, CensusField.CppStartDate, plan.StartDate);
        Value(xml, CensusField.CppEndDate, plan.EndDate);
        Value(xml, CensusField.InitialCategoryOfAbuse, plan.InitialCategoryOfAbuse);
        Value(xml, CensusField.LatestCategoryOfAbuse, plan.LatestCategoryOfAbuse);
        Value(xml, CensusField.NumberOfPreviousCpp, plan.NumberOfPreviousCpp);
        if (plan.ReviewDates.Count > 0)
        {
            xml.WriteStartElement(CensusTable.Reviews);
            foreach (var date in plan.ReviewDates)
            {
                xml.WriteElementString(CensusField.CppReviewDate, Format(date) ?? "");
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WritePreProceedings(XmlWriter xml, CensusPreProceedings pp)
    {
        xml.WriteStartElement(CensusTable.PreProceedings);
        Value(xml, CensusField.PpStartDate, pp.StartDate);
        Value(xml, CensusField.LbpSentDate, pp.LetterBeforeProceedingsSentDate);
        Value(xml, CensusField.FgdmMeetingOffer, pp.FamilyGroupMeetingOffered);
        Value(xml, CensusField.FgdmMeetingFac, pp.FamilyGroupMeetingFacilitated);
        Value(xml, CensusField.InitialPpMeetingDate, pp.InitialMeetingDate);
        Value(xml, CensusField.ReviewMeetingsCount, pp.ReviewMeetingsCount);
        Value(xml, CensusField.StepDecisionDate, pp.StepDecisionDate);
        Value(xml, CensusField.PpOutcome, pp.Outcome);
        Value(xml, CensusField.CourtAppDate, pp.CourtApplicationDate);
        Value(xml, CensusField.LetterInitCpDate, pp.LetterInitiatingCarePlanningDate);
        xml.WriteEndElement();
    }

    /// <summary>A container of repeated codes (Disabilities, FactorsIdentifiedAtAssessment), left out when there are none.</summary>
    private static void List(XmlWriter xml, string container, string element, List<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        xml.WriteStartElement(container);
        foreach (var value in values)
        {
            xml.WriteElementString(element, value);
        }

        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string element, DateOnly? date) => Value(xml, element, Format(date));

    private static void Value(XmlWriter xml, string element, string? value)
    {
        if (value is not null)
        {
            xml.WriteElementString(element, value);
        }
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
