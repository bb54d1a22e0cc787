using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule385Tests
{
    [Fact]
    public void An_end_on_31_March_passes() =>
        Check(new Rule385(), Return(r => { r.Episodes[0].DEC = "31/03/2027"; r.Episodes[0].REC = "E8"; })).ShouldBeEmpty();

    [Fact]
    public void An_end_after_31_March_is_flagged() =>
        Check(new Rule385(), Return(r => { r.Episodes[0].DEC = "01/04/2027"; r.Episodes[0].REC = "E8"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DEC", "01/04/2027")]);
}
