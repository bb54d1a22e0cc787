using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule501Tests
{
    [Fact]
    public void Episodes_one_after_another_pass() =>
        Check(new Rule501(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "X1" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "U6", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); })).ShouldBeEmpty();

    [Fact]
    public void An_episode_starting_before_the_last_ended_is_flagged() =>
        Check(new Rule501(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "X1" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "04/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "U6", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "09/06/2026", REC = "E8" }]); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 2, "DECOM", "04/06/2026"), ("1001", Ssda903Table.Episodes, 2, "DEC", "09/06/2026")]);
}
