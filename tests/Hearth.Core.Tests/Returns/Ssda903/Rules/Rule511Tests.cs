using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule511Tests
{
    [Fact]
    public void Two_adopters_as_a_couple_pass() =>
        Check(new Rule511(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", NB_ADOPTR = "2", SEX_ADOPTR = "MF" }))).ShouldBeEmpty();

    [Fact]
    public void Two_adopters_with_a_single_sex_code_are_flagged() =>
        Check(new Rule511(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", NB_ADOPTR = "2", SEX_ADOPTR = "F1" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Ad1, 1, "NB_ADOPTR", "2"), ("1001", Ssda903Table.Ad1, 1, "SEX_ADOPTR", "F1")]);
}
