using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule393Tests
{
    [Fact]
    public void A_girl_whose_motherhood_is_recorded_passes() =>
        Check(new Rule393(), Return(r => { r.Header[0].MOTHER = "0"; })).ShouldBeEmpty();

    [Fact]
    public void A_girl_without_it_is_flagged() =>
        Check(new Rule393(), Return())
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MOTHER", null)]);
}
