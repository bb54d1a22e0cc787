using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule503FTests
{
    [Fact]
    public void The_same_URN_as_last_years_open_episode_passes() =>
        Check(new Rule503F(), Return(r => r.Episodes[0].DECOM = "02/06/2025"), Return(r => (r.Episodes[0].DECOM, r.Episodes[0].URN) = ("02/06/2025", "SC123456"))).ShouldBeEmpty();

    [Fact]
    public void A_different_URN_is_flagged() =>
        Check(new Rule503F(), Return(r => (r.Episodes[0].DECOM, r.Episodes[0].URN) = ("02/06/2025", "SC999999")), Return(r => (r.Episodes[0].DECOM, r.Episodes[0].URN) = ("02/06/2025", "SC123456")))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "URN", "SC999999")]);
}
