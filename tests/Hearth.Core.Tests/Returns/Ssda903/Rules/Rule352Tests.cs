using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule352Tests
{
    [Fact]
    public void A_child_starting_care_at_11_passes() => Check(new Rule352(), Return()).ShouldBeEmpty();

    [Fact]
    public void Starting_care_on_the_18th_birthday_is_flagged() =>
        Check(new Rule352(), Return(r => r.Header[0].DOB = "02/06/2008"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "RNE", "S")]);
}
