using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule101Tests
{
    [Fact]
    public void M_F_and_U_pass() =>
        Check(new Rule101(), Return(r => r.Header.AddRange([
            new HeaderRow { Row = 2, CHILD = "1002", SEX = "M" },
            new HeaderRow { Row = 3, CHILD = "1003", SEX = "U" }]))).ShouldBeEmpty();

    [Fact]
    public void The_old_gender_code_is_flagged() =>
        Check(new Rule101(), Return(r => r.Header[0].SEX = "2"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "SEX", "2")]);
}
