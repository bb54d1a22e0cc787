using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW01bSTG1Tests
{
    [Fact]
    public void A_complete_episode_passes() =>
        Check(new RuleSW01bSTG1(), Return(r => r.SwEpisodes.Add(Sw(1, "01/05/2026")))).ShouldBeEmpty();

    [Fact]
    public void A_recent_episode_without_a_reason_is_flagged() =>
        Check(new RuleSW01bSTG1(), Return(r => r.SwEpisodes.Add(Sw(1, "01/05/2026", reason: ""))))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 1, "SW_DECOM", "01/05/2026"), ("1001", Ssda903Table.SwEpisodes, 1, "SW_ID", "SW1234"), ("1001", Ssda903Table.SwEpisodes, 1, "SW_REASON", "")]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
