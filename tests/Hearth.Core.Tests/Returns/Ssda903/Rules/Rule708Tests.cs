using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule708Tests
{
    [Fact]
    public void Start_after_birth_passes() =>
        Check(new Rule708(), Return(r => r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2026" }))).ShouldBeEmpty();

    [Fact]
    public void Start_on_birth_is_flagged() =>
        Check(new Rule708(), Return(r => r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "14/03/2015" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Dolo, 1, "DOLO_START", "14/03/2015")], ignoreOrder: true);
}
