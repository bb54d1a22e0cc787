using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule190Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule190(), Return(r => { r.Episodes[0].DECOM = "01/01/2025"; r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", CONVICTED = "0" }); })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule190(), Return(r => { r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", CONVICTED = "0" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "CONVICTED", "0")]);
}
