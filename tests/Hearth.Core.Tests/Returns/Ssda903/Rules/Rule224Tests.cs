using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule224Tests
{
    [Fact]
    public void A_provider_code_the_register_gives_passes() =>
        CheckWith(new Rule224(), Return(), ofsted: new Register(Provider())).ShouldBeEmpty();

    [Fact]
    public void Another_provider_code_is_flagged() =>
        CheckWith(new Rule224(), Return(), ofsted: new Register(Provider(providers: ["PR4"]))).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE_PROVIDER", "PR1")]);
}
