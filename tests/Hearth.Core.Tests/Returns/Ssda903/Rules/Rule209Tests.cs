using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule209Tests
{
    [Fact]
    public void UN1_for_a_child_not_yet_4_by_31_August_2025_passes() =>
        Check(new Rule209(), Return(r => { r.Header[0].UPN = "UN1"; r.Header[0].DOB = "01/09/2021"; })).ShouldBeEmpty();

    [Fact]
    public void UN1_for_a_child_of_school_age_is_flagged() =>
        Check(new Rule209(), Return(r => r.Header[0].UPN = "UN1"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "UPN", "UN1"), ("1001", Ssda903Table.Header, 1, "DOB", "14/03/2015")]);
}
