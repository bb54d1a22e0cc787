using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8925Tests
{
    private static CensusChild With(string start, string? end) => Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(ProtectionPlan(start, end)));

    [Theory]
    [InlineData("2024-07-10", "2024-07-10")]
    [InlineData("2024-07-10", "2024-12-01")]
    [InlineData("2024-07-10", null)]
    public void An_end_on_or_after_the_start_passes(string start, string? end) => Check(new Rule8925(), With(start, end)).ShouldBeEmpty();

    [Fact]
    public void An_end_before_the_start_flags_both_dates() =>
        Check(new Rule8925(), With("2024-07-10", "2024-07-09")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-07-10"),
            (CensusTable.ChildProtectionPlans, CensusField.CppEndDate, "2024-07-09"),
        ]);
}
