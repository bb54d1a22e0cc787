using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8530QTests
{
    private static CensusChild Unborn(string due) => Child(with: c => (c.PersonBirthDate, c.ExpectedPersonBirthDate, c.Sex) = (null, Date(due), "U"));

    [Fact]
    public void A_born_child_passes() => Check(new Rule8530Q(), Child()).ShouldBeEmpty();

    [Theory]
    [InlineData("2025-03-02")]
    [InlineData("2025-12-30")]
    public void A_due_date_inside_the_range_passes(string due) => Check(new Rule8530Q(), Unborn(due)).ShouldBeEmpty();

    // The range is 30 days before 31 March 2025 (1 March) to 9 months after (31 December); both ends are outside.
    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2025-12-31")]
    [InlineData("2024-06-01")]
    public void A_due_date_outside_the_range_is_flagged(string due)
    {
        var findings = Check(new Rule8530Q(), Unborn(due));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, due)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8530Q()).ShouldBe(CensusSampleFile.Expected("8530Q"));
}
