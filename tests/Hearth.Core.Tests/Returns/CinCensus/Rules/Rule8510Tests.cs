using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8510Tests
{
    [Fact]
    public void Children_with_different_ids_pass() =>
        Check(new Rule8510(), Message(Child("A"), Child("B"))).ShouldBeEmpty();

    [Fact]
    public void Every_child_sharing_an_id_is_flagged()
    {
        var findings = Check(new Rule8510(), Message(Child("A"), Child("B"), Child("A")));

        findings.Select(f => (f.LaChildId, f.Table, f.Field, f.Value)).ShouldBe(
        [
            ("A", CensusTable.ChildIdentifiers, CensusField.LaChildId, "A"),
            ("A", CensusTable.ChildIdentifiers, CensusField.LaChildId, "A"),
        ]);
    }

    [Fact]
    public void Missing_ids_are_left_to_rule_8500() =>
        Check(new Rule8510(), Message(Child(with: c => c.LaChildId = null), Child(with: c => c.LaChildId = null))).ShouldBeEmpty();

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8510()).ShouldBe(CensusSampleFile.Expected("8510"));
}
