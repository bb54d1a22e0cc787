using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1510Tests
{
    [Theory]
    [InlineData("P201123456789")]
    [InlineData("M20112345678A")] // temporary UPN: the final A counts as 0
    [InlineData("P2011234X6789")] // not all digits: left to 1540
    [InlineData("P20112")] // wrong length: left to the other UPN rules
    public void A_right_check_letter_or_an_uncheckable_upn_passes(string upn) =>
        Check(new Rule1510(), Child(with: c => c.Upn = upn)).ShouldBeEmpty();

    [Theory]
    [InlineData("A201123456789")]
    [InlineData("A20112345678A")]
    public void A_wrong_check_letter_flags_the_upn(string upn) =>
        Check(new Rule1510(), Child(with: c => c.Upn = upn)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildIdentifiers, CensusField.Upn, upn)]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule1510()).ShouldBe([("DfEX0000001", CensusTable.ChildIdentifiers, CensusField.Upn, "A123456789123")]);
}
