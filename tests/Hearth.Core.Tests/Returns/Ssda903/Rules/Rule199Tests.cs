using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule199Tests
{
    [Fact]
    public void An_adoption_ending_the_episode_passes() =>
        Check(new Rule199(), Return(r => { r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E11"; })).ShouldBeEmpty();

    [Fact]
    public void Care_after_an_adoption_last_year_is_flagged() =>
        Check(new Rule199(), Return(), Return(r => { r.Episodes[0].DECOM = "02/06/2022"; r.Episodes[0].DEC = "01/12/2024"; r.Episodes[0].REC = "E12"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "CHILD", "1001")]);

    [Fact]
    public void A_second_period_of_care_after_adoption_this_year_is_flagged() =>
        Check(new Rule199(), Return(r =>
        {
            r.Episodes[0].DEC = "01/08/2026";
            r.Episodes[0].REC = "E11";
            r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/12/2026", RNE = "S", LS = "C2", PLACE = "U1" });
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 2, "CHILD", "1001")]);
}
