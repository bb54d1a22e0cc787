using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule302Tests
{
    [Fact]
    public void Starting_after_birth_passes() => Check(new Rule302(), Return()).ShouldBeEmpty();

    [Fact]
    public void A_first_episode_before_birth_is_flagged() =>
        Check(new Rule302(), Return(r => r.Header[0].DOB = "03/06/2026"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Header, 1, "DOB", "03/06/2026")]);
}
