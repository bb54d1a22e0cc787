using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule612Tests
{
    [Fact]
    public void Mother_1_with_date_passes() =>
        Check(new Rule612(), Return(r => { r.Header[0].MOTHER = "1"; r.Header[0].MC_DOB = "01/01/2026"; })).ShouldBeEmpty();

    [Fact]
    public void Not_a_mother_with_date_is_flagged() =>
        Check(new Rule612(), Return(r => { r.Header[0].MOTHER = "0"; r.Header[0].MC_DOB = "01/01/2026"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "SEX", "F"), ("1001", Ssda903Table.Header, 1, "MOTHER", "0"), ("1001", Ssda903Table.Header, 1, "MC_DOB", "01/01/2026")], ignoreOrder: true);
}
