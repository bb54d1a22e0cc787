using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule392dTests
{
    [Fact]
    public void Different_postcodes_pass() =>
        Check(new Rule392d(), Return()).ShouldBeEmpty();

    [Fact]
    public void The_same_postcode_is_flagged() =>
        Check(new Rule392d(), Return(r => { r.Episodes[0].PL_POST = "al11aa"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "HOME_POST", "AL1 1AA"), ("1001", Ssda903Table.Episodes, 1, "PL_POST", "al11aa"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "U4")]);
}
