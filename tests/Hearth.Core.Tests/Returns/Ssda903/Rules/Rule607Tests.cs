using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule607Tests
{
    [Fact]
    public void Mother_completed_passes() =>
        Check(new Rule607(), Return(r => { r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E13"; r.Header[0].MOTHER = "0"; })).ShouldBeEmpty();

    [Fact]
    public void Girl_leaving_care_without_mother_is_flagged() =>
        Check(new Rule607(), Return(r => { r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E13"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DEC", "01/12/2026"), ("1001", Ssda903Table.Episodes, 1, "REC", "E13"), ("1001", Ssda903Table.Episodes, 1, "LS", "V2"), ("1001", Ssda903Table.Header, 1, "SEX", "F"), ("1001", Ssda903Table.Header, 1, "MOTHER", null)], ignoreOrder: true);
}
