using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8930Tests
{
    private static CensusChild Ending(string? end) => Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(ProtectionPlan("2023-07-10", end)));

    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2025-03-31")]
    [InlineData(null)]
    public void An_end_within_the_year_or_none_passes(string? end) => Check(new Rule8930(), Ending(end)).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-01")]
    public void An_end_outside_the_year_is_flagged(string end) =>
        Check(new Rule8930(), Ending(end)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildProtectionPlans, CensusField.CppEndDate, end)]);
}
