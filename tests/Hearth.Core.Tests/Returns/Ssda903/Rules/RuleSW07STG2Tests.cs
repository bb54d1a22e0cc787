using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW07STG2Tests
{
    [Fact]
    public void An_end_from_April_last_year_to_31_March_passes() =>
        Check(new RuleSW07STG2(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/01/2025", "01/04/2025"), Sw(2, "02/04/2025", "31/03/2027")]))).ShouldBeEmpty();

    [Fact]
    public void An_end_outside_the_reporting_period_is_flagged() =>
        Check(new RuleSW07STG2(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/01/2025", "31/03/2025"), Sw(2, "01/03/2027", "01/04/2027")])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 1, "SW_DEC", "31/03/2025"), ("1001", Ssda903Table.SwEpisodes, 2, "SW_DEC", "01/04/2027")]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
