using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule2888QTests
{
    private static void Disabled(CensusChild child, params string[] codes)
    {
        child.Disabilities.Clear();
        child.Disabilities.AddRange(codes);
    }

    [Fact]
    public void One_child_with_two_disabilities_passes() =>
        Check(new Rule2888Q(), Message(Child("A", c => Disabled(c, "HAND", "HEAR")), Child("B", c => Disabled(c, "VIS")))).ShouldBeEmpty();

    [Fact]
    public void No_disabled_children_pass() => Check(new Rule2888Q(), Message(Child("A"), Child("B"))).ShouldBeEmpty();

    [Fact]
    public void Only_single_disabilities_are_flagged_once_for_the_return() =>
        Check(new Rule2888Q(), Message(Child("A", c => Disabled(c, "HAND")), Child("B", c => Disabled(c, "VIS")), Child("C")))
            .Select(f => (f.LaChildId, f.Table, f.Field, f.Value))
            .ShouldBe([(null, CensusTable.Disabilities, CensusField.Disability, null)]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule2888Q()).ShouldBeEmpty();
}
