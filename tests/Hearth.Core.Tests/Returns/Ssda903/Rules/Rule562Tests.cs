using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule562Tests
{
    [Fact]
    public void An_episode_carried_over_from_last_year_passes() =>
        Check(new Rule562(), Return(r => r.Episodes[0].DECOM = "02/06/2025"), Return(r => r.Episodes[0].DECOM = "02/06/2025")).ShouldBeEmpty();

    [Fact]
    public void An_episode_missing_from_last_year_is_flagged() =>
        Check(new Rule562(), Return(r => r.Episodes[0].DECOM = "03/06/2025"), Return(r => r.Episodes[0].DECOM = "02/06/2025"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "03/06/2025")]);
}
