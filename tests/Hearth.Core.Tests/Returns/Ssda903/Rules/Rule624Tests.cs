using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule624Tests
{
    [Fact]
    public void Same_date_as_last_year_passes() =>
        Check(new Rule624(), Return(r => r.Header[0].MC_DOB = "01/01/2026"), Return(r => r.Header[0].MC_DOB = "01/01/2026")).ShouldBeEmpty();

    [Fact]
    public void Changed_date_is_flagged() =>
        Check(new Rule624(), Return(r => r.Header[0].MC_DOB = "01/02/2026"), Return(r => r.Header[0].MC_DOB = "01/01/2026"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MC_DOB", "01/02/2026")], ignoreOrder: true);
}
