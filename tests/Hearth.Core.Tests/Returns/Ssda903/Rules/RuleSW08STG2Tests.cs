using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW08STG2Tests
{
    [Fact]
    public void Only_the_latest_episode_open_passes() =>
        Check(new RuleSW08STG2(), Return(r => r.SwEpisodes.AddRange([Sw(2, "01/07/2026"), Sw(1, "01/05/2026", "01/07/2026")]))).ShouldBeEmpty();

    [Fact]
    public void An_earlier_open_episode_is_flagged() =>
        Check(new RuleSW08STG2(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/05/2026"), Sw(2, "01/07/2026")])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 1, "SW_DEC", null)]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
