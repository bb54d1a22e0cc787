using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule504Tests
{
    [Fact]
    public void The_same_need_through_a_placement_change_passes() =>
        Check(new Rule504(), Return(r => { (r.Episodes[0].DEC, r.Episodes[0].REC) = ("01/09/2026", "X1"); r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/09/2026", RNE = "P", CIN = "N1" }); })).ShouldBeEmpty();

    [Fact]
    public void A_changed_need_through_a_placement_change_is_flagged() =>
        Check(new Rule504(), Return(r => { (r.Episodes[0].DEC, r.Episodes[0].REC) = ("01/09/2026", "X1"); r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/09/2026", RNE = "P", CIN = "N4" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 2, "CIN", "N4")]);
}
