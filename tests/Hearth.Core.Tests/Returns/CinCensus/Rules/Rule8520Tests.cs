using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8520Tests
{
    [Theory]
    [InlineData("2015-05-01")]
    [InlineData("2025-03-31")]
    public void A_birth_on_or_before_the_reference_date_passes(string born) =>
        Check(new Rule8520(), Child(with: c => c.PersonBirthDate = Date(born))).ShouldBeEmpty();

    [Fact]
    public void A_birth_after_the_reference_date_is_flagged()
    {
        var findings = Check(new Rule8520(), Child(with: c => c.PersonBirthDate = Date("2025-04-01")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, "2025-04-01")]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8520()).ShouldBe(CensusSampleFile.Expected("8520"));
}
