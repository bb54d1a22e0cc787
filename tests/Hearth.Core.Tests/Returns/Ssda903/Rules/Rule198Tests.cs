using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule198Tests
{
    [Fact]
    public void A_reason_for_a_child_looked_after_since_last_year_passes() =>
        Check(new Rule198(), Return(r =>
        {
            r.Episodes[0].DECOM = "01/03/2026";
            r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", SDQ_REASON = "SDQ1" });
        })).ShouldBeEmpty();

    [Fact]
    public void A_reason_for_a_child_looked_after_since_June_is_flagged() =>
        Check(new Rule198(), Return(r => r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", SDQ_REASON = "SDQ1" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "SDQ_REASON", "SDQ1")]);
}
