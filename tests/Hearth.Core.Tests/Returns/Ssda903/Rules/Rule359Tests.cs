using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule359Tests
{
    [Fact]
    public void An_18_year_old_under_V2_in_a_community_home_passes() =>
        Check(new Rule359(), Return(r => { r.Header[0].DOB = "01/01/2008"; r.Episodes[0].PLACE = "K2"; })).ShouldBeEmpty();

    [Fact]
    public void An_18_year_old_in_foster_care_is_flagged() =>
        Check(new Rule359(), Return(r => r.Header[0].DOB = "01/01/2008"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Episodes, 1, "DEC", null), ("1001", Ssda903Table.Episodes, 1, "LS", "V2"),
                ("1001", Ssda903Table.Episodes, 1, "PLACE", "U4")]);
}
