using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8525QTests
{
    [Fact]
    public void A_born_child_passes() => Check(new Rule8525Q(), Child()).ShouldBeEmpty();

    [Fact]
    public void An_unborn_child_passes() =>
        Check(new Rule8525Q(), Child(with: c => (c.PersonBirthDate, c.ExpectedPersonBirthDate) = (null, Date("2025-06-01")))).ShouldBeEmpty();

    [Fact]
    public void Both_dates_are_flagged_when_both_are_sent()
    {
        var findings = Check(new Rule8525Q(), Child(with: c => c.ExpectedPersonBirthDate = Date("2015-05-02")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, "2015-05-01"),
            (CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, "2015-05-02"),
        ]);
    }

    [Fact]
    public void Both_dates_are_flagged_when_neither_is_sent()
    {
        var findings = Check(new Rule8525Q(), Child(with: c => c.PersonBirthDate = null));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, null),
            (CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, null),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8525Q()).ShouldBe(CensusSampleFile.Expected("8525Q"));
}
