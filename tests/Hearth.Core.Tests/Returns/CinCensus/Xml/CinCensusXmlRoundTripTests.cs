using System.Xml.Linq;
using Hearth.Core.Returns.CinCensus;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.Xml.CensusXmlTestFiles;

namespace Hearth.Core.Tests.Returns.CinCensus.Xml;

public sealed class CinCensusXmlRoundTripTests
{
    private const string File2025 = "cin-census-synthetic-2025-26.xml";
    private const string File2026 = "cin-census-synthetic-2026-27.xml";

    [Fact]
    public void The_synthetic_file_reads_cleanly_and_covers_what_the_writer_writes()
    {
        var result = ReadFixture(File2025);

        result.Errors.ShouldBeEmpty();
        result.Warnings.ShouldBeEmpty();
        var message = result.Message.ShouldNotBeNull();
        message.Header.ReferenceDate.ShouldBe(new DateOnly(2026, 3, 31));
        message.Children.Count.ShouldBeGreaterThanOrEqualTo(5);
        var children = message.Children;
        var episodes = children.SelectMany(c => c.CinDetails).ToList();
        children.ShouldContain(c => c.CinDetails.Count > 1);
        children.ShouldContain(c => c.UpnUnknown != null);
        children.ShouldContain(c => c.FormerUpn != null);
        children.ShouldContain(c => c.ExpectedPersonBirthDate != null && c.PersonBirthDate == null);
        children.ShouldContain(c => c.PersonDeathDate != null);
        children.ShouldContain(c => c.Disabilities.Count > 1);
        episodes.ShouldContain(e => e.IsReferralNfa);
        episodes.ShouldContain(e => e.ClosureDate != null);
        episodes.ShouldContain(e => e.ClosureDate == null);
        episodes.ShouldContain(e => e.DateOfInitialCpc != null);
        episodes.SelectMany(e => e.Assessments).ShouldContain(a => a.Factors.Count > 1 && a.AuthorisationDate != null);
        episodes.SelectMany(e => e.Assessments).ShouldContain(a => a.InternalReviewDate != null);
        episodes.SelectMany(e => e.CinPlans).ShouldContain(p => p.EndDate == null);
        episodes.SelectMany(e => e.Section47s).ShouldContain(s => s.DateOfInitialCpc != null);
        episodes.SelectMany(e => e.Section47s).ShouldContain(s => s.IsIcpcNotRequired);
        episodes.SelectMany(e => e.ChildProtectionPlans).ShouldContain(p => p.EndDate != null && p.ReviewDates.Count > 0);
        episodes.SelectMany(e => e.ChildProtectionPlans).ShouldContain(p => p.ReviewDates.Count > 1);
    }

    [Fact]
    public void The_synthetic_file_passes_every_rule()
    {
        var message = ReadFixture(File2025).Message.ShouldNotBeNull();

        // Seven children cannot use the eight disability codes a whole return should (2887Q, return level).
        CinCensusValidator.Validate(message, new CensusYear(2025)).Where(f => !f.IsReturnLevel).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(File2025, 2025)]
    [InlineData(File2026, 2026)]
    public void Read_write_read_gives_the_same_census(string file, int startYear)
    {
        var first = ReadFixture(file).Message.ShouldNotBeNull();

        var again = Read(Written(first, new CensusYear(startYear)));

        again.Errors.ShouldBeEmpty();
        Snapshot(again.Message.ShouldNotBeNull()).ShouldBe(Snapshot(first));
    }

    [Theory]
    [InlineData(File2025, 2025)]
    [InlineData(File2026, 2026)]
    public void Read_then_write_gives_the_file_back_element_for_element(string file, int startYear)
    {
        var original = File.ReadAllText(FixturePath(file));

        var written = Written(Read(original).Message.ShouldNotBeNull(), new CensusYear(startYear));

        XDocument.Parse(written).Root!.ToString().ShouldBe(XDocument.Parse(original).Root!.ToString());
    }

    [Fact]
    public void The_written_file_is_UTF8_without_a_byte_order_mark_and_starts_with_a_declaration()
    {
        using var output = new MemoryStream();
        Hearth.Core.Returns.CinCensus.Xml.CinCensusXmlWriter.Write(ReadFixture(File2025).Message!, new CensusYear(2025), output);

        var bytes = output.ToArray();
        bytes[0].ShouldBe((byte)'<');
        System.Text.Encoding.UTF8.GetString(bytes).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>\n  <Header>");
    }

    [Fact]
    public void The_pre_proceedings_block_reads_in_order_and_is_not_written_before_2026_27()
    {
        var message = ReadFixture(File2026).Message.ShouldNotBeNull();
        var blocks = message.Children[0].CinDetails[0].PreProceedings;
        blocks.Count.ShouldBe(2);
        var pp = blocks[0];
        pp.StartDate.ShouldBe(new DateOnly(2026, 9, 1));
        pp.LetterBeforeProceedingsSentDate.ShouldBe(new DateOnly(2026, 8, 28));
        (pp.FamilyGroupMeetingOffered, pp.FamilyGroupMeetingFacilitated).ShouldBe(("1", "1"));
        pp.InitialMeetingDate.ShouldBe(new DateOnly(2026, 9, 10));
        pp.ReviewMeetingsCount.ShouldBe("2");
        pp.StepDecisionDate.ShouldBe(new DateOnly(2026, 12, 1));
        pp.Outcome.ShouldBe("A");
        pp.CourtApplicationDate.ShouldBe(new DateOnly(2027, 1, 15));
        pp.LetterInitiatingCarePlanningDate.ShouldBe(new DateOnly(2026, 8, 20));

        Written(message, new CensusYear(2025)).ShouldNotContain("PreProceedingsandFGDM");
        Written(message, new CensusYear(2026)).ShouldContain("<PreProceedingsandFGDM>");
    }

    [Fact]
    public void Sex_is_written_never_GenderCurrent_and_empty_lists_are_left_out()
    {
        var message = Read(OneChild(identifiers: "<GenderCurrent>1</GenderCurrent><Sex>M</Sex>", episode: """
            <Assessments><AssessmentActualStartDate>2025-06-04</AssessmentActualStartDate><FactorsIdentifiedAtAssessment/></Assessments>
            <ReferralNFA>false</ReferralNFA>
            <ChildProtectionPlans><CPPstartDate>2025-07-01</CPPstartDate><Reviews/></ChildProtectionPlans>
            """)).Message.ShouldNotBeNull();

        var written = Written(message, new CensusYear(2025));

        written.ShouldContain("<Sex>M</Sex>");
        written.ShouldNotContain("GenderCurrent");
        written.ShouldNotContain("Disabilities");
        written.ShouldNotContain("FactorsIdentifiedAtAssessment");
        written.ShouldNotContain("Reviews");
    }

    [Fact]
    public void A_review_with_no_date_is_written_as_an_empty_element()
    {
        var message = ReadFixture(File2025).Message.ShouldNotBeNull();
        message.Children[0].CinDetails[1].ChildProtectionPlans[0].ReviewDates.Add(null);

        var again = Read(Written(message, new CensusYear(2025))).Message.ShouldNotBeNull();

        again.Children[0].CinDetails[1].ChildProtectionPlans[0].ReviewDates.ShouldBe([new DateOnly(2026, 3, 2), null]);
    }
}
