using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule104Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule104(), Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "01/05/2026" }))).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule104(), Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "2026-05-01" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Uasc, 1, "DUC", "2026-05-01")]);

    [Fact]
    public void A_blank_date_passes() =>
        Check(new Rule104(), Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001" }))).ShouldBeEmpty();

    [Fact]
    public void A_date_before_the_collection_year_is_flagged() =>
        Check(new Rule104(), Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "31/03/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Uasc, 1, "DUC", "31/03/2026")]);
}
