using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule384Tests
{
    [Fact]
    public void Respite_in_short_term_foster_care_passes() =>
        Check(new Rule384(), Return(r => { r.Episodes[0].LS = "V3"; r.Episodes[0].PLACE = "U6"; })).ShouldBeEmpty();

    [Fact]
    public void Respite_in_long_term_foster_care_is_flagged() =>
        Check(new Rule384(), Return(r => { r.Episodes[0].LS = "V3"; r.Episodes[0].PLACE = "U1"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "U1"), ("1001", Ssda903Table.Episodes, 1, "LS", "V3")]);
}
