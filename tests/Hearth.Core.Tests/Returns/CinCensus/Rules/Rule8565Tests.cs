using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8565Tests
{
    /// <summary>An episode closed on 1 December 2024 with activity on that day, which is allowed.</summary>
    private static CensusChild Closed(Action<CinDetails>? with = null) => Child(with: c =>
    {
        var episode = c.CinDetails[0];
        episode.ClosureDate = Date("2024-12-01");
        episode.ReasonForClosure = "RC7";
        episode.DateOfInitialCpc = Date("2024-07-01");
        episode.Assessments[0].AuthorisationDate = Date("2024-12-01");
        episode.Section47s.Add(new CensusSection47 { ActualStartDate = Date("2024-06-10"), DateOfInitialCpc = Date("2024-07-01"), IcpcNotRequired = "false" });
        episode.CinPlans.Add(new CensusCinPlan { StartDate = Date("2024-07-02"), EndDate = Date("2024-12-01") });
        with?.Invoke(episode);
    });

    [Fact]
    public void Activity_up_to_the_closure_date_passes() => Check(new Rule8565(), Closed()).ShouldBeEmpty();

    [Fact]
    public void An_open_episode_passes() =>
        Check(new Rule8565(), Child(with: c => c.CinDetails[0].Assessments[0].AuthorisationDate = Date("2026-01-01"))).ShouldBeEmpty();

    [Fact]
    public void A_late_assessment_flags_both_its_dates_and_the_episode()
    {
        var findings = Check(new Rule8565(), Closed(e => e.Assessments[0].AuthorisationDate = Date("2024-12-02")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-12-01"),
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, "2024-07-01"),
            (CensusTable.Assessments, CensusField.AssessmentActualStartDate, "2024-06-04"),
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, "2024-12-02"),
        ]);
    }

    [Fact]
    public void A_late_section_47_conference_flags_the_enquiry_and_the_episode()
    {
        var findings = Check(new Rule8565(), Closed(e => e.Section47s[0].DateOfInitialCpc = Date("2024-12-02")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-12-01"),
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, "2024-07-01"),
            (CensusTable.Section47, CensusField.S47ActualStartDate, "2024-06-10"),
            (CensusTable.Section47, CensusField.DateOfInitialCpc, "2024-12-02"),
        ]);
    }

    [Fact]
    public void A_late_cin_plan_end_flags_the_plan_and_the_episode()
    {
        var findings = Check(new Rule8565(), Closed(e => e.CinPlans[0].EndDate = Date("2024-12-02")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-12-01"),
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, "2024-07-01"),
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-07-02"),
            (CensusTable.CinPlanDates, CensusField.CinPlanEndDate, "2024-12-02"),
        ]);
    }

    [Fact]
    public void A_late_episode_conference_flags_the_episode_alone()
    {
        var findings = Check(new Rule8565(), Closed(e => e.DateOfInitialCpc = Date("2024-12-02")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-12-01"),
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, "2024-12-02"),
        ]);
    }

    [Fact]
    public void A_protection_plan_ending_after_closure_is_not_checked_as_the_DfE_validator_does_not() =>
        Check(new Rule8565(), Closed(e => e.ChildProtectionPlans.Add(new CensusChildProtectionPlan
        {
            StartDate = Date("2024-07-01"),
            EndDate = Date("2024-12-10"),
            InitialCategoryOfAbuse = "NEG",
            LatestCategoryOfAbuse = "NEG",
            NumberOfPreviousCpp = "0",
        }))).ShouldBeEmpty();

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8565()).ShouldBe(CensusSampleFile.Expected("8565"));
}
