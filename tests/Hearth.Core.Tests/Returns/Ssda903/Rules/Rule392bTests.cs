using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule392bTests
{
    [Fact]
    public void A_former_uasc_child_without_postcodes_passes() =>
        Check(new Rule392b(), Return(r => { r.Episodes[0].HOME_POST = null; r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "14/03/2033" }); })).ShouldBeEmpty();

    [Fact]
    public void A_child_without_a_home_postcode_is_flagged() =>
        Check(new Rule392b(), Return(r => { r.Episodes[0].HOME_POST = ""; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "HOME_POST", ""), ("1001", Ssda903Table.Episodes, 1, "PL_POST", "AL2 2BB")]);
}
