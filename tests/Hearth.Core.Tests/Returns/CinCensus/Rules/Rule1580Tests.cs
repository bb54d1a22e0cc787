using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1580Tests
{
    [Fact]
    public void Letters_and_digits_pass() => Check(new Rule1580(), Child("Child01")).ShouldBeEmpty();

    [Theory]
    [InlineData("child_1")]
    [InlineData("child 1")]
    [InlineData("")]
    public void Anything_else_flags_the_id(string id) =>
        Check(new Rule1580(), Child(id)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildIdentifiers, CensusField.LaChildId, id)]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule1580()).ShouldBe(
            [("child_fails_assessments", CensusTable.ChildIdentifiers, CensusField.LaChildId, "child_fails_assessments")]);
}
