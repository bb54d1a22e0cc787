using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule221Tests
{
    private static Ssda903Return ChildrensHome(string postcode) => Return(r => (r.Episodes[0].PLACE, r.Episodes[0].PL_POST) = ("K2", postcode));

    [Fact]
    public void The_registers_postcode_passes_however_spaced() =>
        CheckWith(new Rule221(), ChildrensHome("al22bb"), ofsted: new Register(Provider())).ShouldBeEmpty();

    [Fact]
    public void Another_postcode_is_flagged() =>
        CheckWith(new Rule221(), ChildrensHome("LU1 3CD"), ofsted: new Register(Provider())).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PL_POST", "LU1 3CD")]);

    [Fact]
    public void Foster_placements_and_short_breaks_are_not_checked() =>
        CheckWith(new Rule221(), Return(r => r.Episodes[0].PL_POST = "LU1 3CD"), ofsted: new Register(Provider())).ShouldBeEmpty();
}
