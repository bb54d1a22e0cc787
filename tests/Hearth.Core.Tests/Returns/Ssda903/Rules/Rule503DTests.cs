using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule503DTests
{
    [Fact]
    public void Carrying_on_last_years_open_episode_passes() =>
        Check(new Rule503D(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", HOME_POST = "AL1 1AA" }]); }), Return(r => { r.Episodes.Clear(); r.Episodes.Add(new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", HOME_POST = "AL1 1AA" }); })).ShouldBeEmpty();

    [Fact]
    public void A_different_place_is_flagged() =>
        Check(new Rule503D(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U6", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", HOME_POST = "AL1 1AA" }]); }), Return(r => { r.Episodes.Clear(); r.Episodes.Add(new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "02/06/2025", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", HOME_POST = "AL1 1AA" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "U6")]);
}
