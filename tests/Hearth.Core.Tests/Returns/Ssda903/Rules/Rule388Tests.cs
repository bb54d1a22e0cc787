using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule388Tests
{
    [Fact]
    public void X1_followed_by_an_episode_the_same_day_passes() =>
        Check(new Rule388(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "X1" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "U6", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); })).ShouldBeEmpty();

    [Fact]
    public void X1_without_a_continuation_and_a_same_day_end_without_X1_are_flagged() =>
        Check(new Rule388(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "E8" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "09/06/2026", REC = "X1" }]); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REC", "E8"), ("1001", Ssda903Table.Episodes, 2, "REC", "X1")]);
}
