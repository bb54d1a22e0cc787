using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule358Tests
{
    [Fact]
    public void Remand_of_a_child_over_10_passes() =>
        Check(new Rule358(), Return(r => r.Episodes[0].LS = "J1")).ShouldBeEmpty();

    [Fact]
    public void Remand_of_a_child_under_10_is_flagged() =>
        Check(new Rule358(), Return(r => { r.Episodes[0].LS = "J1"; r.Header[0].DOB = "01/01/2017"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "LS", "J1"),
                ("1001", Ssda903Table.Header, 1, "DOB", "01/01/2017")]);

    [Fact]
    public void A_date_of_birth_near_the_end_of_the_calendar_does_not_throw() =>
        Check(new Rule358(), Return(r => { r.Episodes[0].LS = "J1"; r.Header[0].DOB = "01/01/9995"; }))
            .Select(f => f.Field).ShouldBe(["DECOM", "LS", "DOB"]);
}
