using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule197BTests
{
    [Fact]
    public void Passes() =>
        Check(new Rule197B(), Return(r => { r.Episodes[0].DECOM = "01/01/2025"; r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", DOB = "01/06/2022", SDQ_REASON = "SDQ1" }); })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule197B(), Return(r => { r.Episodes[0].DECOM = "01/01/2025"; r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", DOB = "01/06/2022" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "SDQ_REASON", null), ("1001", Ssda903Table.Oc2, 1, "DOB", "01/06/2022")]);
}
