using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8500Tests
{
    [Fact]
    public void A_child_with_an_id_passes() => Check(new Rule8500(), Child()).ShouldBeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_child_without_an_id_flags_it(string? id)
    {
        var findings = Check(new Rule8500(), Child(with: c => c.LaChildId = id));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.ChildIdentifiers, CensusField.LaChildId, id)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8500()).ShouldBe(CensusSampleFile.Expected("8500"));
}
