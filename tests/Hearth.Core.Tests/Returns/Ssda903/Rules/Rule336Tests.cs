using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule336Tests
{
    [Fact]
    public void Placed_for_adoption_from_foster_care_passes() =>
        Check(new Rule336(), Return(r =>
        {
            r.Episodes[0].DEC = "01/09/2026"; r.Episodes[0].REC = "X1";
            r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/09/2026", RNE = "T", LS = "E1", PLACE = "A5" });
        })).ShouldBeEmpty();

    [Fact]
    public void Placed_for_adoption_from_a_childrens_home_is_flagged() =>
        Check(new Rule336(), Return(r =>
        {
            r.Episodes[0].DEC = "01/09/2026"; r.Episodes[0].REC = "X1";
            r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/09/2026", RNE = "T", LS = "E1", PLACE = "A5" });
            r.Episodes[0].PLACE = "K2";
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 2, "PLACE", "A5")]);
}
