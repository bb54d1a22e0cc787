using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule628Tests
{
    [Fact]
    public void Looked_after_child_passes() =>
        Check(new Rule628(), Return(r => { r.Header[0].MOTHER = "0"; r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); })).ShouldBeEmpty();

    [Fact]
    public void Care_leaver_not_looked_after_with_mother_is_flagged() =>
        Check(new Rule628(), Return(r => { r.Episodes.Clear(); r.Header[0].MOTHER = "0"; r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MOTHER", "0")], ignoreOrder: true);
}
