using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule355Tests
{
    [Fact]
    public void An_episode_over_days_passes() =>
        Check(new Rule355(), Return(r => r.Episodes[0].DEC = "03/06/2026")).ShouldBeEmpty();

    [Fact]
    public void An_episode_ending_the_day_it_starts_is_flagged() =>
        Check(new Rule355(), Return(r => r.Episodes[0].DEC = "02/06/2026"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "DEC", "02/06/2026")]);
}
