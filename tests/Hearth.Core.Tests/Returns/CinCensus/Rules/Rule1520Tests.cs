using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1520Tests
{
    [Fact]
    public void Different_upns_and_missing_ones_pass() =>
        Check(new Rule1520(), Message(Child("A"), Child("B", c => c.Upn = "X20112345678A"), Child("C", c => c.Upn = null), Child("D", c => c.Upn = null)))
            .ShouldBeEmpty();

    [Fact]
    public void Every_child_sharing_a_upn_is_flagged() =>
        Check(new Rule1520(), Message(Child("A"), Child("B"), Child("C", c => c.Upn = "X20112345678A")))
            .Select(f => (f.LaChildId, f.Table, f.Field, f.Value)).ShouldBe(
            [
                ("A", CensusTable.ChildIdentifiers, CensusField.Upn, "P201123456789"),
                ("B", CensusTable.ChildIdentifiers, CensusField.Upn, "P201123456789"),
            ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule1520()).ShouldBeEmpty();
}
