using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1002Tests
{
    [Fact]
    public void Child_looked_after_last_year_passes() =>
        Check(new Rule1002(), Return(r => { r.Episodes.Clear(); r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); }), Return()).ShouldBeEmpty();

    [Fact]
    public void Child_never_looked_after_is_flagged() =>
        Check(new Rule1002(), Return(r => { r.Episodes.Clear(); r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); }), Return(r => r.Episodes.Clear()))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "YES")], ignoreOrder: true);

    [Fact]
    public void Child_the_record_shows_was_looked_after_before_last_year_passes() =>
        new Rule1002().Check(new Ssda903Context(Return(r => { r.Episodes.Clear(); r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); }), Year,
                Return(r => r.Episodes.Clear()))
        { LookedAfterEarlier = new HashSet<string> { "1001" } })
            .ShouldBeEmpty();
}
