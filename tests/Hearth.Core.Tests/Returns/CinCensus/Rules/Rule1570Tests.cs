using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1570Tests
{
    [Fact]
    public void Twenty_characters_pass() =>
        Check(new Rule1570(), Child(new string('X', 20))).ShouldBeEmpty();

    [Fact]
    public void Twenty_one_characters_flag_the_id() =>
        Check(new Rule1570(), Child(new string('X', 21))).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildIdentifiers, CensusField.LaChildId, new string('X', 21))]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule1570()).ShouldBe(
            [("child_fails_assessments", CensusTable.ChildIdentifiers, CensusField.LaChildId, "child_fails_assessments")]);
}
