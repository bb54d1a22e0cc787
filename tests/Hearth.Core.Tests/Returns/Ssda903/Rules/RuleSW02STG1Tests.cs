using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW02STG1Tests
{
    [Fact]
    public void SW_and_XX_ids_pass() =>
        Check(new RuleSW02STG1(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/05/2026"), Sw(2, "01/05/2026", id: "XX0000")]))).ShouldBeEmpty();

    [Fact]
    public void Other_short_and_lower_case_ids_are_flagged() =>
        Check(new RuleSW02STG1(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/05/2026", id: "AB1234"), Sw(2, "01/05/2026", id: "SW1"), Sw(3, "01/05/2026", id: "xx1234")])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 1, "SW_ID", "AB1234"), ("1001", Ssda903Table.SwEpisodes, 2, "SW_ID", "SW1"), ("1001", Ssda903Table.SwEpisodes, 3, "SW_ID", "xx1234")]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
