using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1540Tests
{
    [Theory]
    [InlineData("P201123456789")]
    [InlineData("X20112345678A")]
    public void Digits_in_5_to_12_pass(string upn) =>
        Check(new Rule1540(), Child(with: c => c.Upn = upn)).ShouldBeEmpty();

    [Fact]
    public void No_upn_passes() => Check(new Rule1540(), Child(with: c => c.Upn = null)).ShouldBeEmpty();

    [Theory]
    [InlineData("P2011234X6789")]
    [InlineData("P201123456 89")]
    [InlineData("R325")]
    public void A_non_digit_or_nothing_in_5_to_12_flags_the_upn(string upn) =>
        Check(new Rule1540(), Child(with: c => c.Upn = upn)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildIdentifiers, CensusField.Upn, upn)]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule1540()).ShouldBeEmpty();
}
