using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule575Tests
{
    [Fact]
    public void An_open_period_in_an_open_episode_passes() =>
        Check(new Rule575(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "10/07/2026" }))).ShouldBeEmpty();

    [Fact]
    public void An_open_period_in_an_ended_episode_is_flagged() =>
        Check(new Rule575(), Return(r => { r.Episodes[0].DEC = "20/07/2026"; r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "10/07/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 1, "MIS_END", null)]);
}
