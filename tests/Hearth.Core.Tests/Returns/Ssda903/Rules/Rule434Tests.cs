using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule434Tests
{
    [Fact]
    public void A_legal_status_change_in_the_same_placement_passes() =>
        Check(new Rule434(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "X1" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/06/2026", RNE = "L", LS = "C1", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); })).ShouldBeEmpty();

    [Fact]
    public void A_legal_status_change_with_a_new_placement_is_flagged() =>
        Check(new Rule434(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "X1" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/06/2026", RNE = "L", LS = "C1", CIN = "N1", PLACE = "U6", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 2, "RNE", "L"), ("1001", Ssda903Table.Episodes, 2, "LS", "C1"), ("1001", Ssda903Table.Episodes, 2, "PLACE", "U6"), ("1001", Ssda903Table.Episodes, 2, "PL_POST", "AL2 2BB"), ("1001", Ssda903Table.Episodes, 2, "URN", null), ("1001", Ssda903Table.Episodes, 2, "PLACE_PROVIDER", "PR1")]);
}
