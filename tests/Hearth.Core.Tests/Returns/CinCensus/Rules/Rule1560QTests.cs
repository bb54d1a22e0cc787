using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1560QTests
{
    [Theory]
    [InlineData("X987654321231")]
    [InlineData(null)]
    public void A_letter_and_twelve_digits_or_none_passes(string? former) =>
        Check(new Rule1560Q(), Child(with: c => c.FormerUpn = former)).ShouldBeEmpty();

    [Theory]
    [InlineData("X98765432123B")]
    [InlineData("X0000y0000007")]
    [InlineData("X98721238")]
    [InlineData("1987654321231")]
    public void Another_shape_flags_the_former_upn(string former) =>
        Check(new Rule1560Q(), Child(with: c => c.FormerUpn = former)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildIdentifiers, CensusField.FormerUpn, former)]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule1560Q()).ShouldBe([("DfEX0000001", CensusTable.ChildIdentifiers, CensusField.FormerUpn, "X98765432123B")]);
}
