using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8750Tests
{
    private static CensusChild Unborn(string sex) => Child(with: c => (c.PersonBirthDate, c.ExpectedPersonBirthDate, c.Sex) = (null, Date("2025-06-01"), sex));

    [Fact]
    public void An_unborn_child_with_sex_U_passes() => Check(new Rule8750(), Unborn("U")).ShouldBeEmpty();

    [Fact]
    public void A_born_child_passes() => Check(new Rule8750(), Child()).ShouldBeEmpty();

    [Fact]
    public void An_unborn_child_with_another_sex_is_flagged()
    {
        var findings = Check(new Rule8750(), Unborn("F"));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.Sex, "F"),
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, null),
            (CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, "2025-06-01"),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8750()).ShouldBe(CensusSampleFile.Expected("8750"));
}
