using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule399Tests
{
    [Fact]
    public void Respite_without_mother_or_reviews_passes() =>
        Check(new Rule399(), Return(r => { r.Episodes[0].LS = "V3"; })).ShouldBeEmpty();

    [Fact]
    public void Respite_with_a_review_is_flagged() =>
        Check(new Rule399(), Return(r => { r.Episodes[0].LS = "V4"; r.Reviews.Add(new ReviewRow { Row = 1, CHILD = "1001", DOB = "14/03/2023", REVIEW = "01/07/2026", REVIEW_CODE = "PN1" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "LS", "V4"), ("1001", Ssda903Table.Header, 1, "MOTHER", null), ("1001", Ssda903Table.Reviews, 1, "REVIEW", "01/07/2026"), ("1001", Ssda903Table.Reviews, 1, "REVIEW_CODE", "PN1")]);
}
