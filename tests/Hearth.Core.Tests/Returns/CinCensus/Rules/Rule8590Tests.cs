using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8590Tests
{
    [Fact]
    public void A_child_with_an_episode_passes() => Check(new Rule8590(), Child()).ShouldBeEmpty();

    [Fact]
    public void A_child_without_an_episode_is_flagged()
    {
        var findings = Check(new Rule8590(), Child(with: c => c.CinDetails.Clear()));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.ChildIdentifiers, CensusField.LaChildId, "CHILD1")]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8590()).ShouldBe(CensusSampleFile.Expected("8590"));
}
