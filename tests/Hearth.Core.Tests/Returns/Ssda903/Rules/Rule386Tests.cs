using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule386Tests
{
    [Fact]
    public void Adoption_before_18_passes() =>
        Check(new Rule386(), Return(r => { r.Episodes[0].DEC = "13/03/2033"; r.Episodes[0].REC = "E11"; })).ShouldBeEmpty();

    [Fact]
    public void Adoption_at_18_is_flagged() =>
        Check(new Rule386(), Return(r => { r.Episodes[0].DEC = "14/03/2033"; r.Episodes[0].REC = "E12"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REC", "E12")]);
}
