using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule377Tests
{
    [Fact]
    public void Two_holiday_placements_pass() =>
        Check(new Rule377(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "01/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "T3", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "02/06/2026", REC = "X1" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "02/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }, new EpisodeRow { Row = 3, CHILD = "1001", DECOM = "03/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "T3", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "04/06/2026", REC = "X1" }]); })).ShouldBeEmpty();

    [Fact]
    public void A_third_holiday_placement_is_flagged() =>
        Check(new Rule377(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "01/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "T3", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "02/06/2026", REC = "X1" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "02/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "T3", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "03/06/2026", REC = "X1" }, new EpisodeRow { Row = 3, CHILD = "1001", DECOM = "03/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "T3", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "04/06/2026", REC = "X1" }]); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "T3"), ("1001", Ssda903Table.Episodes, 2, "PLACE", "T3"), ("1001", Ssda903Table.Episodes, 3, "PLACE", "T3")]);
}
