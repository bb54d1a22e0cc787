using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule225Tests
{
    [Fact]
    public void A_placement_change_with_a_reason_passes() =>
        Check(new Rule225(), Return(r =>
        {
            r.Episodes[0].DEC = "01/09/2026"; r.Episodes[0].REC = "X1";
            r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/09/2026", RNE = "P", LS = "V2", PLACE = "U1" });
            r.Episodes[0].REASON_PLACE_CHANGE = "CARPL";
        })).ShouldBeEmpty();

    [Fact]
    public void A_placement_change_without_a_reason_is_flagged() =>
        Check(new Rule225(), Return(r =>
        {
            r.Episodes[0].DEC = "01/09/2026"; r.Episodes[0].REC = "X1";
            r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/09/2026", RNE = "P", LS = "V2", PLACE = "U1" });
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REASON_PLACE_CHANGE", null)]);
}
