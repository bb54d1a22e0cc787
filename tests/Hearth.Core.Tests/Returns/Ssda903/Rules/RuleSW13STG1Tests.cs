using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW13STG1Tests
{
    [Fact]
    public void Codes_and_a_blank_reason_on_the_first_episode_of_the_year_pass() =>
        Check(new RuleSW13STG1(), Return(r => r.SwEpisodes.AddRange([
            Sw(1, "01/01/2025", "01/01/2026"), Sw(2, "01/01/2026", reason: null, end: "01/06/2026"), Sw(3, "01/06/2026", reason: "OTHERS")]))).ShouldBeEmpty();

    [Fact]
    public void An_unknown_code_or_a_later_blank_is_flagged() =>
        Check(new RuleSW13STG1(), Return(r => r.SwEpisodes.AddRange([
            Sw(1, "01/05/2026", "01/06/2026", reason: null), Sw(2, "01/06/2026", "01/07/2026", reason: ""), Sw(3, "01/07/2026", reason: "LEFT")])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 2, "SW_REASON", ""), ("1001", Ssda903Table.SwEpisodes, 3, "SW_REASON", "LEFT")]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
