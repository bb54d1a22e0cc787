using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1530Tests
{
    [Theory]
    [InlineData("P201123456789")]
    [InlineData("A001123456789")] // pseudo LA
    [InlineData("A943123456789")] // added for 2023-24
    [InlineData("A999")] // wrong length: not checked
    public void A_recognised_code_passes(string upn) =>
        Check(new Rule1530(), Child(with: c => c.Upn = upn)).ShouldBeEmpty();

    [Theory]
    [InlineData("A999123456789")]
    [InlineData("A814123456789")]
    [InlineData("AXYZ123456789")]
    public void An_unknown_code_flags_the_upn(string upn) =>
        Check(new Rule1530(), Child(with: c => c.Upn = upn)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildIdentifiers, CensusField.Upn, upn)]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule1530()).ShouldBe([("DfEX0000001", CensusTable.ChildIdentifiers, CensusField.Upn, "A123456789123")]);
}
