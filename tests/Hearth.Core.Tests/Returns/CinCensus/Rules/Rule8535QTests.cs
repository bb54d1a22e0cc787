using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8535QTests
{
    [Theory]
    [InlineData("2015-05-01")]
    [InlineData("2024-12-01")]
    public void A_death_on_or_after_birth_passes(string died) =>
        Check(new Rule8535Q(), Child(with: c => c.PersonDeathDate = Date(died))).ShouldBeEmpty();

    [Fact]
    public void A_death_before_birth_flags_both_dates()
    {
        var findings = Check(new Rule8535Q(), Child(with: c => c.PersonDeathDate = Date("2015-04-30")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, "2015-04-30"),
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, "2015-05-01"),
        ]);
    }

    [Fact]
    public void A_death_with_no_date_of_birth_is_flagged()
    {
        var findings = Check(new Rule8535Q(), Child(with: c => (c.PersonBirthDate, c.PersonDeathDate) = (null, Date("2024-12-01"))));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, "2024-12-01"),
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, null),
        ]);
    }

    [Fact]
    public void A_child_who_died_unborn_passes() =>
        Check(new Rule8535Q(), Child(with: c => (c.PersonBirthDate, c.ExpectedPersonBirthDate, c.PersonDeathDate) = (null, Date("2025-01-10"), Date("2024-12-01"))))
            .ShouldBeEmpty();

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8535Q()).ShouldBe(CensusSampleFile.Expected("8535Q"));
}
