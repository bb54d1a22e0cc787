using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule166Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule166(), Return(r => r.Reviews.Add(new ReviewRow { Row = 1, CHILD = "1001", REVIEW = "01/08/2026" }))).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule166(), Return(r => r.Reviews.Add(new ReviewRow { Row = 1, CHILD = "1001", REVIEW = "38/04/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Reviews, 1, "REVIEW", "38/04/2026")]);

    [Fact]
    public void A_blank_review_date_is_flagged() =>
        Check(new Rule166(), Return(r => r.Reviews.Add(new ReviewRow { Row = 1, CHILD = "1001" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Reviews, 1, "REVIEW", null)]);
}
