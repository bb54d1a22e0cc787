using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule444Tests
{
    [Fact]
    public void Shared_reason_codes_pass() =>
        Check(new Rule444(), Return(r => { r.Header[0].UPN = "UN1"; r.Header.Add(new HeaderRow { Row = 2, CHILD = "1002", UPN = "UN1" }); })).ShouldBeEmpty();

    [Fact]
    public void A_shared_upn_is_flagged() =>
        Check(new Rule444(), Return(r => { r.Header.Add(new HeaderRow { Row = 2, CHILD = "1002", UPN = "P201123456789 " }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "UPN", "P201123456789"), ("1002", Ssda903Table.Header, 2, "UPN", "P201123456789 ")]);
}
