using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule382Tests
{
    [Fact]
    public void Respite_in_a_foster_placement_passes() =>
        Check(new Rule382(), Return(r => { r.Episodes[0].LS = "V3"; })).ShouldBeEmpty();

    [Fact]
    public void Respite_in_a_temporary_placement_is_flagged() =>
        Check(new Rule382(), Return(r => { r.Episodes[0].LS = "V4"; r.Episodes[0].PLACE = "T3"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "LS", "V4"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "T3")]);
}
