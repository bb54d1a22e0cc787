using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule219Tests
{
    [Fact]
    public void A_placement_type_the_register_gives_passes() =>
        CheckWith(new Rule219(), Return(), ofsted: new Register(Provider())).ShouldBeEmpty();

    [Fact]
    public void Without_the_register_nothing_is_found() =>
        CheckWith(new Rule219(), Return(r => r.Episodes[0].PLACE = "K2")).ShouldBeEmpty();

    [Fact]
    public void A_placement_type_the_register_does_not_give_is_flagged() =>
        CheckWith(new Rule219(), Return(r => r.Episodes[0].PLACE = "K2"), ofsted: new Register(Provider())).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "URN", "SC123456"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "K2")]);

    [Fact]
    public void A_URN_not_on_the_register_is_flagged_and_the_placeholder_is_not() =>
        CheckWith(new Rule219(), Return(r => r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", URN = "XXXXXXX", PLACE = "K2" })),
            ofsted: new Register()).Select(f => f.Row).Distinct().ShouldBe([1]);
}
