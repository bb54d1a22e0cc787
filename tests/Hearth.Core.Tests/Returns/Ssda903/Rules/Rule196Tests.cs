using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule196Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule196(), Return(r => r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", SDQ_REASON = "SDQ5" }))).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule196(), Return(r => r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", SDQ_REASON = "SDQ6" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "SDQ_REASON", "SDQ6")]);
}
