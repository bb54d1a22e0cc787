using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule227Tests
{
    [Fact]
    public void A_provider_still_registered_passes() =>
        CheckWith(new Rule227(), Return(), ofsted: new Register(Provider())).ShouldBeEmpty();

    [Fact]
    public void Starting_on_or_after_the_registration_ended_is_flagged() =>
        CheckWith(new Rule227(), Return(), ofsted: new Register(Provider(closed: new DateOnly(2026, 6, 2)))).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "URN", "SC123456"), ("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026")]);
}
