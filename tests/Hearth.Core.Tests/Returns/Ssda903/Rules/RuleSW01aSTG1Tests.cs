using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW01aSTG1Tests
{
    [Fact]
    public void An_old_episode_without_a_reason_passes() =>
        Check(new RuleSW01aSTG1(), Return(r => r.SwEpisodes.Add(Sw(1, "01/01/2023", reason: null)))).ShouldBeEmpty();

    [Fact]
    public void An_old_episode_without_an_ID_is_flagged() =>
        Check(new RuleSW01aSTG1(), Return(r => r.SwEpisodes.Add(Sw(1, "01/01/2023", id: null))))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 1, "SW_DECOM", "01/01/2023"), ("1001", Ssda903Table.SwEpisodes, 1, "SW_ID", null)]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
