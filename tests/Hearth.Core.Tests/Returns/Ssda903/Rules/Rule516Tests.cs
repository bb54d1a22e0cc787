using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule516Tests
{
    [Fact]
    public void Staying_put_from_foster_care_passes() =>
        Check(new Rule516(), Return(r => (r.Episodes[0].DEC, r.Episodes[0].REC) = ("14/03/2033", "E45"))).ShouldBeEmpty();

    [Fact]
    public void Staying_put_from_a_home_is_flagged() =>
        Check(new Rule516(), Return(r => (r.Episodes[0].DEC, r.Episodes[0].REC, r.Episodes[0].PLACE) = ("14/03/2033", "E46", "K2")))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REC", "E46"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "K2")]);
}
