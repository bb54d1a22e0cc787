using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule380Tests
{
    [Fact]
    public void Temporary_placement_after_a_move_passes() =>
        Check(new Rule380(), Return(r => { r.Episodes[0].PLACE = "T1"; r.Episodes[0].RNE = "P"; })).ShouldBeEmpty();

    [Fact]
    public void Care_starting_in_a_temporary_placement_is_flagged() =>
        Check(new Rule380(), Return(r => { r.Episodes[0].PLACE = "T0"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "T0"), ("1001", Ssda903Table.Episodes, 1, "RNE", "S")]);
}
