using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule518Tests
{
    [Fact]
    public void Matching_sex_of_adopters_passes() =>
        Check(new Rule518(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", LS_ADOPTR = "L4", SEX_ADOPTR = "MM" }))).ShouldBeEmpty();

    [Fact]
    public void Mismatched_sex_of_adopters_is_flagged() =>
        Check(new Rule518(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", LS_ADOPTR = "L4", SEX_ADOPTR = "MF" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Ad1, 1, "LS_ADOPTR", "L4"), ("1001", Ssda903Table.Ad1, 1, "SEX_ADOPTR", "MF")]);
}
