using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule374Tests
{
    [Fact]
    public void Residential_employment_from_14_passes() =>
        Check(new Rule374(), Return(r => { r.Episodes[0].PLACE = "P3"; r.Episodes[0].DECOM = "14/03/2029"; })).ShouldBeEmpty();

    [Fact]
    public void Residential_employment_at_11_is_flagged() =>
        Check(new Rule374(), Return(r => { r.Episodes[0].PLACE = "P3"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "P3")]);
}
