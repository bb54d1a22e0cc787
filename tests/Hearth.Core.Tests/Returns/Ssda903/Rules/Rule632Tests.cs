using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule632Tests
{
    [Fact]
    public void Part_known_dates_before_care_pass() =>
        Check(new Rule632(), Return(r => r.PrevPerm.AddRange([new PrevPermRow { Row = 1, CHILD = "1001", DATE_PERM = "ZZ/05/2021" }, new PrevPermRow { Row = 2, CHILD = "1001", DATE_PERM = "05/ZZ/2020" }, new PrevPermRow { Row = 3, CHILD = "1001", DATE_PERM = "ZZ/ZZ/ZZZZ" }]))).ShouldBeEmpty();

    [Fact]
    public void Date_after_care_started_is_flagged() =>
        Check(new Rule632(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", DATE_PERM = "05/06/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PrevPerm, 1, "DATE_PERM", "05/06/2026"), ("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026")], ignoreOrder: true);

    [Fact]
    public void Malformed_date_is_flagged() =>
        Check(new Rule632(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", DATE_PERM = "ZZ/ZZ/ZZ" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PrevPerm, 1, "DATE_PERM", "ZZ/ZZ/ZZ"), ("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026")], ignoreOrder: true);
}
