using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule364Tests
{
    [Fact]
    public void A_spell_of_21_days_passes() =>
        Check(new Rule364(), Return(r => { r.Episodes[0].LS = "J2"; r.Episodes[0].DEC = "23/06/2026"; })).ShouldBeEmpty();

    [Fact]
    public void A_longer_spell_across_adjoining_episodes_is_flagged() =>
        Check(new Rule364(), Return(r =>
        {
            r.Episodes[0].LS = "J2";
            r.Episodes[0].DEC = "04/06/2026";
            r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "04/06/2026", RNE = "P", LS = "J2", DEC = "24/06/2026" });
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "LS", "J2"),
                ("1001", Ssda903Table.Episodes, 1, "DEC", "04/06/2026"), ("1001", Ssda903Table.Episodes, 2, "DECOM", "04/06/2026"),
                ("1001", Ssda903Table.Episodes, 2, "LS", "J2"), ("1001", Ssda903Table.Episodes, 2, "DEC", "24/06/2026")]);
}
