using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule365Tests
{
    [Fact]
    public void A_17_day_respite_break_passes() =>
        Check(new Rule365(), Return(r => { r.Episodes[0].LS = "V3"; r.Episodes[0].DEC = "19/06/2026"; })).ShouldBeEmpty();

    [Fact]
    public void An_18_day_respite_break_is_flagged() =>
        Check(new Rule365(), Return(r => { r.Episodes[0].LS = "V3"; r.Episodes[0].DEC = "20/06/2026"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Episodes, 1, "LS", "V3"), ("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"),
                ("1001", Ssda903Table.Episodes, 1, "DEC", "20/06/2026")]);
}
