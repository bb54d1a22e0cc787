using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule228Tests
{
    [Fact]
    public void A_provider_registered_beyond_31_March_passes() =>
        CheckWith(new Rule228(), Return(), ofsted: new Register(Provider(closed: new DateOnly(2027, 5, 1)))).ShouldBeEmpty();

    [Fact]
    public void An_episode_ending_by_the_closure_passes() =>
        CheckWith(new Rule228(), Return(r => r.Episodes[0].DEC = "01/09/2026"),
            ofsted: new Register(Provider(closed: new DateOnly(2026, 9, 1)))).ShouldBeEmpty();

    [Fact]
    public void An_open_episode_at_a_provider_that_closed_in_the_year_is_flagged() =>
        CheckWith(new Rule228(), Return(), ofsted: new Register(Provider(closed: new DateOnly(2026, 9, 1)))).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "URN", "SC123456"), ("1001", Ssda903Table.Episodes, 1, "DEC", (string?)null)]);
}
