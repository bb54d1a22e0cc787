using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule213Tests
{
    [Fact]
    public void A_temporary_placement_without_provider_passes() =>
        Check(new Rule213(), Return(r => { r.Episodes[0].PLACE = "T1"; r.Episodes[0].PLACE_PROVIDER = null; })).ShouldBeEmpty();

    [Fact]
    public void A_temporary_placement_with_a_provider_is_flagged() =>
        Check(new Rule213(), Return(r => r.Episodes[0].PLACE = "T1"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE_PROVIDER", "PR1")]);
}
