using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule229Tests
{
    [Fact]
    public void Own_provision_in_the_authoritys_area_passes() =>
        CheckWith(new Rule229(), Return(), ofsted: new Register(Provider())).ShouldBeEmpty();

    [Fact]
    public void Without_the_authoritys_LA_code_nothing_is_found() =>
        CheckWith(new Rule229(), Return(), ofsted: new Register(Provider(postcode: "LU1 3CD")), la: null).ShouldBeEmpty();

    [Fact]
    public void Own_provision_elsewhere_is_flagged() =>
        CheckWith(new Rule229(), Return(), ofsted: new Register(Provider(postcode: "LU1 3CD"))).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "URN", "SC123456"), ("1001", Ssda903Table.Episodes, 1, "PLACE_PROVIDER", "PR1")]);

    [Fact]
    public void Another_LAs_provision_in_the_authoritys_area_is_flagged() =>
        CheckWith(new Rule229(), Return(r => r.Episodes[0].PLACE_PROVIDER = "PR2"), ofsted: new Register(Provider())).Count.ShouldBe(2);
}
