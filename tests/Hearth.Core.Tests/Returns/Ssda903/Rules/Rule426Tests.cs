using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule426Tests
{
    [Fact]
    public void Only_V3_passes() =>
        Check(new Rule426(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "V3", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "E8" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/07/2026", RNE = "S", LS = "V3", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); })).ShouldBeEmpty();

    [Fact]
    public void V3_and_V4_in_the_same_year_are_flagged() =>
        Check(new Rule426(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "V3", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "05/06/2026", REC = "E8" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "05/07/2026", RNE = "S", LS = "V4", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB" }]); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "LS", "V3"), ("1001", Ssda903Table.Episodes, 2, "LS", "V4")]);
}
