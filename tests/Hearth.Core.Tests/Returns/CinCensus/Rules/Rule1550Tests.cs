using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1550Tests
{
    [Theory]
    [InlineData("P201123456789")]
    [InlineData("X20112345678A")]
    [InlineData("X20112345678Z")]
    public void A_digit_or_allowed_letter_passes(string upn) =>
        Check(new Rule1550(), Child(with: c => c.Upn = upn)).ShouldBeEmpty();

    [Theory]
    [InlineData("X20112345678I")]
    [InlineData("X20112345678O")]
    [InlineData("X20112345678S")]
    [InlineData("X20112345678a")]
    public void Another_character_flags_the_upn(string upn) =>
        Check(new Rule1550(), Child(with: c => c.Upn = upn)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildIdentifiers, CensusField.Upn, upn)]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule1550()).ShouldBeEmpty();
}
