using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule440Tests
{
    [Fact]
    public void PN0_before_the_4th_birthday_passes() =>
        Check(new Rule440(), Return(r => { r.Reviews.Add(new ReviewRow { Row = 1, CHILD = "1001", DOB = "14/03/2023", REVIEW = "13/03/2027", REVIEW_CODE = "PN0" }); })).ShouldBeEmpty();

    [Fact]
    public void PN0_on_the_4th_birthday_is_flagged() =>
        Check(new Rule440(), Return(r => { r.Reviews.Add(new ReviewRow { Row = 1, CHILD = "1001", DOB = "14/03/2023", REVIEW = "14/03/2027", REVIEW_CODE = "PN0" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Reviews, 1, "DOB", "14/03/2023"), ("1001", Ssda903Table.Reviews, 1, "REVIEW", "14/03/2027"), ("1001", Ssda903Table.Reviews, 1, "REVIEW_CODE", "PN0")]);
}
