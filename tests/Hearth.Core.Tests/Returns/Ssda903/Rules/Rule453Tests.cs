using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule453Tests
{
    [Fact]
    public void Without_a_postcode_table_nothing_is_found() =>
        Check(new Rule453(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "WD17 1AA", HOME_POST = "AL1 1AA" }]); }), Return(r => { r.Episodes.Clear(); r.Episodes.Add(new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", HOME_POST = "AL1 1AA" }); })).ShouldBeEmpty();

    [Fact]
    public void The_same_distance_as_last_year_passes() =>
        TestPostcodeTable.Check(new Rule453(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", HOME_POST = "AL1 1AA" }]); }), Return(r => { r.Episodes.Clear(); r.Episodes.Add(new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", HOME_POST = "AL1 1AA" }); })).ShouldBeEmpty();

    [Fact]
    public void A_different_distance_is_flagged() =>
        TestPostcodeTable.Check(new Rule453(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "WD17 1AA", HOME_POST = "AL1 1AA" }]); }), Return(r => { r.Episodes.Clear(); r.Episodes.Add(new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", HOME_POST = "AL1 1AA" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "HOME_POST", "AL1 1AA"), ("1001", Ssda903Table.Episodes, 1, "PL_POST", "WD17 1AA")]);
}
