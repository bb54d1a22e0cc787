using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule460Tests
{
    [Fact]
    public void Staying_put_at_18_passes() =>
        Check(new Rule460(), Return(r => { r.Episodes[0].DEC = "14/03/2033"; r.Episodes[0].REC = "E17"; })).ShouldBeEmpty();

    [Fact]
    public void Staying_put_before_18_is_flagged() =>
        Check(new Rule460(), Return(r => { r.Episodes[0].DEC = "13/03/2033"; r.Episodes[0].REC = "E17"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DEC", "13/03/2033"), ("1001", Ssda903Table.Episodes, 1, "REC", "E17")]);
}
