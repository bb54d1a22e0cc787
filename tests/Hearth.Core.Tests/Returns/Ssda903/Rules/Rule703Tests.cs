using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule703Tests
{
    [Fact]
    public void Start_in_year_passes() =>
        Check(new Rule703(), Return(r => r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "31/03/2027" }))).ShouldBeEmpty();

    [Fact]
    public void Start_after_31_March_is_flagged() =>
        Check(new Rule703(), Return(r => r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/04/2027" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Dolo, 1, "DOLO_START", "01/04/2027")], ignoreOrder: true);
}
