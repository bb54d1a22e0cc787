using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleSW10STG2Tests
{
    [Fact]
    public void A_start_within_7_days_of_the_previous_end_or_for_family_contact_passes() =>
        Check(new RuleSW10STG2(), Return(r => r.SwEpisodes.AddRange([
            Sw(1, "01/05/2026", "20/06/2026"), Sw(2, "13/06/2026", "01/09/2026"), Sw(3, "01/08/2026", reason: "FCONTA")]))).ShouldBeEmpty();

    [Fact]
    public void A_start_well_before_the_previous_end_is_flagged() =>
        Check(new RuleSW10STG2(), Return(r => r.SwEpisodes.AddRange([Sw(1, "01/05/2026", "20/06/2026"), Sw(2, "12/06/2026")])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.SwEpisodes, 2, "SW_DECOM", "12/06/2026")]);

    private static SwEpisodeRow Sw(int row, string? start, string? end = null, string? reason = "MANAGE", string? id = "SW1234") =>
        new() { Row = row, CHILD = "1001", SW_ID = id, SW_DECOM = start, SW_DEC = end, SW_REASON = reason };
}
