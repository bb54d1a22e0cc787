using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule304Tests
{
    [Fact]
    public void Ceasing_on_the_18th_birthday_passes() =>
        Check(new Rule304(), Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DOB = "14/03/2009", DUC = "14/03/2027" }))).ShouldBeEmpty();

    [Fact]
    public void Ceasing_after_the_18th_birthday_is_flagged() =>
        Check(new Rule304(), Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DOB = "14/03/2009", DUC = "15/03/2027" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Uasc, 1, "DUC", "15/03/2027")]);
}
