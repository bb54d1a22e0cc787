using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1008Tests
{
    [Fact]
    public void Social_care_URN_passes() =>
        Check(new Rule1008(), Return(r => r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", URN = "XXXXXXX" }))).ShouldBeEmpty();

    [Fact]
    public void Short_URN_is_flagged() =>
        Check(new Rule1008(), Return(r => r.Episodes[0].URN = "SC12345"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "URN", "SC12345")], ignoreOrder: true);
}
