using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule234Tests
{
    [Fact]
    public void Custody_at_11_passes() =>
        Check(new Rule234(), Return(r => { r.Episodes[0].DEC = "01/09/2026"; r.Episodes[0].REASON_PLACE_CHANGE = "CUSTOD"; })).ShouldBeEmpty();

    [Fact]
    public void Custody_at_9_is_flagged() =>
        Check(new Rule234(), Return(r =>
        {
            r.Header[0].DOB = "14/03/2017";
            r.Episodes[0].DEC = "01/09/2026";
            r.Episodes[0].REASON_PLACE_CHANGE = "CUSTOD";
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REASON_PLACE_CHANGE", "CUSTOD")]);
}
