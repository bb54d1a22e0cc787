using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule383Tests
{
    [Fact]
    public void Returning_to_the_same_placement_passes() =>
        Check(new Rule383(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "X1" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "T1", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "08/06/2026", REC = "X1" }, new EpisodeRow { Row = 3, CHILD = "1001", DECOM = "08/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "al2 2bb" }]); })).ShouldBeEmpty();

    [Fact]
    public void Moving_on_after_a_temporary_placement_is_flagged() =>
        Check(new Rule383(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "C2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "X1" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "T1", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "08/06/2026", REC = "X1" }, new EpisodeRow { Row = 3, CHILD = "1001", DECOM = "08/06/2026", RNE = "P", LS = "C2", CIN = "N1", PLACE = "U6", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 3, "PLACE", "U6"), ("1001", Ssda903Table.Episodes, 3, "RNE", "P"), ("1001", Ssda903Table.Episodes, 3, "PL_POST", "AL2 2BB")]);
}
