using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule167Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule167(), Return(r => { r.Reviews.Add(new ReviewRow { Row = 1, CHILD = "1001", REVIEW = "01/08/2026", REVIEW_CODE = "PN1" }); })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule167(), Return(r => { r.Reviews.Add(new ReviewRow { Row = 1, CHILD = "1001", REVIEW = "01/08/2026", REVIEW_CODE = "pn1" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Reviews, 1, "REVIEW_CODE", "pn1")]);
}
