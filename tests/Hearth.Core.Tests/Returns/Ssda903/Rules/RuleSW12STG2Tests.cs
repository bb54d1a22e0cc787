using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW12STG2Tests
{
    [Fact]
    public void Social_worker_episodes_from_1_April_pass() =>
        Check(new RuleSW12STG2(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/01/2026", "02/06/2026"), Sw(2, "02/06/2026")]))).ShouldBeEmpty();

    [Fact]
    public void Episodes_only_from_when_care_began_are_flagged() =>
        Check(new RuleSW12STG2(), Return(r => r.SwEpisodes.Add(Sw(1, "02/06/2026"))))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 1, "SW_DECOM", "02/06/2026")]);

    [Fact]
    public void No_social_worker_episodes_flags_the_open_care_episode() =>
        Check(new RuleSW12STG2(), Return())
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026")]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
