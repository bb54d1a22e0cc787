using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule431Tests
{
    [Fact]
    public void Starting_care_after_a_gap_passes() =>
        Check(new Rule431(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "E8" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "06/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); })).ShouldBeEmpty();

    [Fact]
    public void Starting_care_the_day_the_last_episode_ended_is_flagged() =>
        Check(new Rule431(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "E8" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 2, "RNE", "S"), ("1001", Ssda903Table.Episodes, 2, "DECOM", "05/06/2026")]);
}
