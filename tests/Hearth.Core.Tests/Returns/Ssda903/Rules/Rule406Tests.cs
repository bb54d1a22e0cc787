using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule406Tests
{
    [Fact]
    public void Without_a_postcode_table_nothing_is_found() =>
        Check(new Rule406(), Return(r => { r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "14/03/2033" }); })).ShouldBeEmpty();

    [Fact]
    public void A_uasc_child_without_a_distance_passes() =>
        TestPostcodeTable.Check(new Rule406(), Return(r => { r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "14/03/2033" }); r.Episodes[0].HOME_POST = null; })).ShouldBeEmpty();

    [Fact]
    public void A_uasc_child_with_a_distance_is_flagged() =>
        TestPostcodeTable.Check(new Rule406(), Return(r => { r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "14/03/2033" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "HOME_POST", "AL1 1AA"), ("1001", Ssda903Table.Episodes, 1, "PL_POST", "AL2 2BB")]);
}
