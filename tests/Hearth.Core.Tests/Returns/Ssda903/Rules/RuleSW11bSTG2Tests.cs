using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW11bSTG2Tests
{
    [Fact]
    public void An_ended_episode_followed_by_an_open_one_passes() =>
        Check(new RuleSW11bSTG2(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/05/2026", "01/07/2026"), Sw(2, "01/07/2026")]))).ShouldBeEmpty();

    [Fact]
    public void A_last_episode_ended_before_31_March_is_flagged() =>
        Check(new RuleSW11bSTG2(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/05/2026", "01/07/2026"), Sw(2, "01/07/2026", "01/02/2027")])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 2, "SW_DEC", "01/02/2027")]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
