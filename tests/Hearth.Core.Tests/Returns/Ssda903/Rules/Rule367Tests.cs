using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule367Tests
{
    [Fact]
    public void Seventy_five_days_of_respite_pass() =>
        Check(new Rule367(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "01/04/2026", RNE = "S", LS = "V3", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "01/05/2026" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/06/2026", RNE = "S", LS = "V3", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "16/07/2026" }]); })).ShouldBeEmpty();

    [Fact]
    public void Seventy_six_days_of_respite_are_flagged() =>
        Check(new Rule367(), Return(r => { r.Episodes.Clear(); r.Episodes.AddRange([new EpisodeRow { Row = 1, CHILD = "1001", DECOM = "01/03/2026", RNE = "S", LS = "V3", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "01/05/2026" }, new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/06/2026", RNE = "S", LS = "V3", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1", PL_POST = "AL2 2BB", DEC = "17/07/2026" }]); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "LS", "V3"), ("1001", Ssda903Table.Episodes, 1, "DECOM", "01/03/2026"), ("1001", Ssda903Table.Episodes, 1, "DEC", "01/05/2026"), ("1001", Ssda903Table.Episodes, 2, "LS", "V3"), ("1001", Ssda903Table.Episodes, 2, "DECOM", "01/06/2026"), ("1001", Ssda903Table.Episodes, 2, "DEC", "17/07/2026")]);
}
