using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule709Tests
{
    [Fact]
    public void Childrens_home_passes() =>
        Check(new Rule709(), Return(r => { r.Episodes[0].PLACE = "K2"; r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2026", DOLO_END = "01/08/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void Foster_placement_is_flagged() =>
        Check(new Rule709(), Return(r => r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2026", DOLO_END = "01/08/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Dolo, 1, "DOLO_START", "01/07/2026")], ignoreOrder: true);
}
