using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW06STG2Tests
{
    [Fact]
    public void A_start_by_31_March_passes() =>
        Check(new RuleSW06STG2(), Return(r => r.SwEpisodes.Add(Sw(1, "31/03/2027")))).ShouldBeEmpty();

    [Fact]
    public void A_start_after_the_year_is_flagged() =>
        Check(new RuleSW06STG2(), Return(r => r.SwEpisodes.Add(Sw(1, "01/04/2027"))))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 1, "SW_DECOM", "01/04/2027")]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
