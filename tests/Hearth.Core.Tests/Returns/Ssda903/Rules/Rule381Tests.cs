using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule381Tests
{
    [Fact]
    public void Temporary_placement_ending_in_a_new_episode_passes() =>
        Check(new Rule381(), Return(r => { r.Episodes[0].PLACE = "T2"; r.Episodes[0].DEC = "05/06/2026"; r.Episodes[0].REC = "X1"; })).ShouldBeEmpty();

    [Fact]
    public void Care_ending_in_a_temporary_placement_is_flagged() =>
        Check(new Rule381(), Return(r => { r.Episodes[0].PLACE = "T2"; r.Episodes[0].DEC = "05/06/2026"; r.Episodes[0].REC = "E8"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "T2"), ("1001", Ssda903Table.Episodes, 1, "REC", "E8")]);
}
