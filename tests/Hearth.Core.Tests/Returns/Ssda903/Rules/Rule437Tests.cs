using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule437Tests
{
    [Fact]
    public void Death_as_the_last_episode_passes() =>
        Check(new Rule437(), Return(r => { r.Episodes[0].DEC = "05/06/2026"; r.Episodes[0].REC = "E2"; })).ShouldBeEmpty();

    [Fact]
    public void An_episode_after_death_is_flagged() =>
        Check(new Rule437(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "E2" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "06/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REC", "E2")]);
}
