using Hearth.Core.Returns.CinCensus.Xml;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;
using static Hearth.Core.Tests.Returns.CinCensus.Xml.CensusXmlTestFiles;

namespace Hearth.Core.Tests.Returns.CinCensus.Xml;

public sealed class CinCensusXmlReaderTests
{
    [Fact]
    public void The_DfE_sample_reads_with_its_values_and_a_warning_for_the_stray_text()
    {
        var result = ReadFixture("cin-census-2024-sample.xml");

        result.Errors.ShouldBeEmpty();
        result.IsReadable.ShouldBeTrue();
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Line.ShouldBe(23);
        warning.Message.ShouldContain("'PersonBirthDate'");
        warning.Message.ShouldContain("<ChildIdentifiers>");

        var message = result.Message.ShouldNotBeNull();
        message.Header.Collection.ShouldBe("CIN");
        message.Header.Year.ShouldBe("2023");
        message.Header.ReferenceDate.ShouldBe(Date("2024-03-31"));
        message.Header.Lea.ShouldBe("201");
        message.Header.SoftwareCode.ShouldBe("Local Authority");
        message.Header.Release.ShouldBe("ver 3.1.21");
        message.Header.SerialNo.ShouldBe("001");
        message.Header.DateTime.ShouldBe(new DateTime(2023, 5, 23, 11, 14, 5));
        message.Children.Count.ShouldBe(2);

        var first = message.Children[0];
        first.Line.ShouldBe(18);
        first.LaChildId.ShouldBe("DfEX0000001");
        first.Upn.ShouldBe("A123456789123");
        first.FormerUpn.ShouldBe("X98765432123B");
        first.UpnUnknown.ShouldBe("UN3");
        first.PersonBirthDate.ShouldBe(Date("2015-03-27"));
        first.Sex.ShouldBe("1");
        first.Ethnicity.ShouldBe("WBRI");
        first.Disabilities.ShouldBe(["HAND", "HEAR"]);

        var episode = first.CinDetails.ShouldHaveSingleItem();
        episode.ReferralDate.ShouldBe(Date("2022-10-06"));
        episode.ReferralSource.ShouldBe("1A");
        episode.PrimaryNeedCode.ShouldBe("N4");
        episode.ClosureDate.ShouldBe(Date("2023-02-27"));
        episode.ReasonForClosure.ShouldBe("RC1");
        episode.DateOfInitialCpc.ShouldBe(Date("2022-12-06"));
        episode.ReferralNfa.ShouldBe("0");
        episode.IsReferralNfa.ShouldBeFalse();
        var assessment = episode.Assessments.ShouldHaveSingleItem();
        assessment.ActualStartDate.ShouldBe(Date("2028-04-28"));
        assessment.AuthorisationDate.ShouldBe(Date("2020-09-19"));
        assessment.Factors.ShouldBe(["1C", "RB", "6B"]);
        var plan = episode.CinPlans.ShouldHaveSingleItem();
        (plan.StartDate, plan.EndDate).ShouldBe((Date("2023-01-24"), Date("2023-01-26")));
        var s47 = episode.Section47s.ShouldHaveSingleItem();
        s47.ActualStartDate.ShouldBe(Date("2022-06-02"));
        s47.InitialCpcTarget.ShouldBe(Date("2022-06-23"));
        s47.DateOfInitialCpc.ShouldBe(Date("2022-06-17"));
        s47.IcpcNotRequired.ShouldBe("false");
        var cpp = episode.ChildProtectionPlans.ShouldHaveSingleItem();
        cpp.StartDate.ShouldBe(Date("2022-02-17"));
        cpp.EndDate.ShouldBe(Date("2023-03-14"));
        (cpp.InitialCategoryOfAbuse, cpp.LatestCategoryOfAbuse, cpp.NumberOfPreviousCpp).ShouldBe(("PHY", "PHY", "10"));
        cpp.ReviewDates.ShouldBe([Date("2023-02-15")]);

        var second = message.Children[1];
        second.Line.ShouldBe(73);
        second.LaChildId.ShouldBe("child_fails_assessments");
        second.Sex.ShouldBe("M");
        second.Disabilities.ShouldBe(["NONE"]);
        var secondEpisode = second.CinDetails.ShouldHaveSingleItem();
        secondEpisode.Assessments.ShouldHaveSingleItem().Factors.ShouldBeEmpty();
        secondEpisode.ReasonForClosure.ShouldBe("RC9");
    }

    [Fact]
    public void Elements_out_of_schema_order_and_in_a_default_namespace_are_read()
    {
        var result = Read(OneChild(
            identifiers: "<PersonDeathDate>2025-12-01</PersonDeathDate><Sex>M</Sex><PersonBirthDate>2015-05-01</PersonBirthDate>",
            root: """<Message xmlns="http://www.dfe.gov.uk/CIN" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"""));

        result.Errors.ShouldBeEmpty();
        var child = result.Message.ShouldNotBeNull().Children.ShouldHaveSingleItem();
        (child.PersonBirthDate, child.Sex, child.PersonDeathDate).ShouldBe((Date("2015-05-01"), "M", Date("2025-12-01")));
    }

    [Fact]
    public void GenderCurrent_from_an_older_file_is_read_beside_Sex()
    {
        var child = Read(OneChild(identifiers: "<GenderCurrent>2</GenderCurrent>")).Message.ShouldNotBeNull().Children[0];

        child.GenderCurrent.ShouldBe("2");
        child.Sex.ShouldBeNull();
    }

    [Fact]
    public void Values_are_trimmed_and_an_empty_element_reads_as_null_but_an_empty_review_date_is_kept()
    {
        var result = Read(OneChild(
            identifiers: "<UPN>   </UPN><FormerUPN/><Sex>\n  F \n</Sex>",
            episode: """
                <ReferralNFA> false </ReferralNFA>
                <ChildProtectionPlans>
                  <CPPstartDate> 2025-07-01 </CPPstartDate>
                  <Reviews><CPPreviewDate>2025-09-01</CPPreviewDate><CPPreviewDate/></Reviews>
                </ChildProtectionPlans>
                """));

        var child = result.Message.ShouldNotBeNull().Children[0];
        (child.Upn, child.FormerUpn, child.Sex).ShouldBe((null, null, "F"));
        var episode = child.CinDetails[0];
        episode.ReferralNfa.ShouldBe("false");
        episode.ChildProtectionPlans[0].StartDate.ShouldBe(Date("2025-07-01"));
        episode.ChildProtectionPlans[0].ReviewDates.ShouldBe([Date("2025-09-01"), null]);
    }

    [Fact]
    public void A_value_split_by_a_comment_or_written_as_CDATA_reads_whole()
    {
        var child = Read(OneChild(identifiers: "<UPN>K2014<!-- a note -->00112001</UPN><Sex><![CDATA[F]]></Sex>")).Message.ShouldNotBeNull().Children[0];

        (child.Upn, child.Sex).ShouldBe(("K201400112001", "F"));
    }

    [Fact]
    public void An_element_given_twice_is_an_error_with_its_line()
    {
        var xml = OneChild(identifiers: "<Sex>F</Sex>\n<Sex>M</Sex>");

        var result = Read(xml);

        result.Message.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(LineOf(xml, "<Sex>M"));
        error.Message.ShouldBe($"Line {error.Line}: <Sex> appears more than once inside <ChildIdentifiers>. It may appear only once.");
    }

    [Fact]
    public void An_unknown_element_is_an_error_with_its_line()
    {
        var xml = OneChild(episode: "<ReferralNFA>false</ReferralNFA>\n<Foo>1</Foo>");

        var result = Read(xml);

        result.Message.ShouldBeNull();
        var line = LineOf(xml, "<Foo>");
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe($"Line {line}: Hearth does not know the element <Foo> inside <CINdetails>.");
    }

    [Fact]
    public void An_element_inside_a_value_is_an_unknown_element()
    {
        var result = Read(OneChild(identifiers: "<Sex><Code>F</Code></Sex>"));

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("Hearth does not know the element <Code> inside <Sex>.");
    }

    [Fact]
    public void A_date_that_is_not_real_is_an_error_with_its_line()
    {
        var xml = OneChild(episode: "<CINclosureDate>2024-13-01</CINclosureDate>");

        var result = Read(xml);

        result.Message.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(LineOf(xml, "<CINclosureDate>"));
        error.Message.ShouldStartWith($"Line {error.Line}: the date in CINclosureDate, '2024-13-01', is not a real date. Dates are written yyyy-mm-dd");
    }

    [Theory]
    [InlineData("31/03/2026")]
    [InlineData("2026-3-31")]
    [InlineData("2026-03-31T00:00:00")]
    public void A_date_in_another_form_is_an_error(string date)
    {
        var result = Read(OneChild(identifiers: $"<PersonBirthDate>{date}</PersonBirthDate>"));

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain($"the date in PersonBirthDate, '{date}', is not a real date");
    }

    [Fact]
    public void A_header_date_and_time_that_cannot_be_read_is_an_error()
    {
        var xml = OneChild().Replace("</CollectionDetails>", "</CollectionDetails><Source><DateTime>2026-04-20 10:15</DateTime></Source>");

        var result = Read(xml);

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("the date and time in DateTime, '2026-04-20 10:15', is not a real date and time");
    }

    [Fact]
    public void A_header_date_and_time_with_fractions_of_a_second_is_read()
    {
        var xml = OneChild().Replace("</CollectionDetails>", "</CollectionDetails><Source><DateTime>2026-04-20T10:15:00.250</DateTime></Source>");

        Read(xml).Message.ShouldNotBeNull().Header.DateTime.ShouldBe(new DateTime(2026, 4, 20, 10, 15, 0, 250));
    }

    [Fact]
    public void Reading_stops_after_the_most_errors_asked_for()
    {
        var badDates = string.Concat(Enumerable.Range(0, 10).Select(_ => "<CINPlanDates><CINPlanStartDate>x</CINPlanStartDate></CINPlanDates>"));

        var result = CinCensusXmlReader.Read(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(OneChild(episode: badDates))), new CensusReadOptions { MaxErrors = 3 });

        result.Errors.Count.ShouldBe(4);
        result.Errors[^1].Message.ShouldContain("stopped reading after 3 problems");
    }

    [Fact]
    public void A_file_whose_root_is_not_Message_is_refused()
    {
        var result = Read("<?xml version=\"1.0\"?><Census><Children/></Census>");

        result.Message.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("starts with <Census>, not <Message>");
    }

    [Fact]
    public void The_child_records_the_line_of_its_Child_element()
    {
        var xml = OneChild();

        Read(xml).Message.ShouldNotBeNull().Children[0].Line.ShouldBe(LineOf(xml, "<Child>"));
    }
}
