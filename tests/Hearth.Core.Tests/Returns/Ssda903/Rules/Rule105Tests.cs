using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule105Tests
{
    [Fact]
    public void Nothing_is_checked_in_a_csv_return() =>
        Check(new Rule105(), Return(r => { r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "01/01/2027" }); })).ShouldBeEmpty();
}
