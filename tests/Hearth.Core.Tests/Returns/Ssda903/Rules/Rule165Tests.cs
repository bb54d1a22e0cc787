using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule165Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule165(), Return(r => { r.Header[0].MOTHER = "0"; })).ShouldBeEmpty();

    [Fact]
    public void A_girl_in_care_this_year_without_mother_status_is_flagged() =>
        Check(new Rule165(), Return())
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MOTHER", null), ("1001", Ssda903Table.Header, 1, "SEX", "F")]);

    [Fact]
    public void A_boy_with_mother_status_is_flagged() =>
        Check(new Rule165(), Return(r => { r.Header[0].SEX = "M"; r.Header[0].MOTHER = "1"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MOTHER", "1"), ("1001", Ssda903Table.Header, 1, "SEX", "M")]);
}
