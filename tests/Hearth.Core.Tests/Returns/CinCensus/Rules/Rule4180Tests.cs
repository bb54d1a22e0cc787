using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4180Tests
{
    [Theory]
    [InlineData("M")]
    [InlineData("F")]
    [InlineData("U")]
    public void M_f_or_u_passes(string sex) => Check(new Rule4180(), Child(with: c => c.Sex = sex)).ShouldBeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("1")]
    [InlineData("m")]
    public void Anything_else_flags_sex(string? sex) =>
        Check(new Rule4180(), Child(with: c => c.Sex = sex)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildIdentifiers, CensusField.Sex, sex)]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule4180()).ShouldBe([("DfEX0000001", CensusTable.ChildIdentifiers, CensusField.Sex, "1")]);
}
