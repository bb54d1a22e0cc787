using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW09STG2Tests
{
    [Fact]
    public void An_episode_of_a_day_or_more_passes() =>
        Check(new RuleSW09STG2(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/05/2026", "02/05/2026"), Sw(2, "02/05/2026")]))).ShouldBeEmpty();

    [Fact]
    public void An_episode_ending_the_day_it_began_is_flagged() =>
        Check(new RuleSW09STG2(), Return(r => r.SwEpisodes.Add(Sw(1, "01/05/2026", "01/05/2026"))))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 1, "SW_DECOM", "01/05/2026"), ("1001", Ssda903Table.SwEpisodes, 1, "SW_DEC", "01/05/2026")]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
