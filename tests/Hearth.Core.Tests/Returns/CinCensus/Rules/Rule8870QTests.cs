using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8870QTests
{
    private static CensusChild Target(string? date) => Child(with: c => c.CinDetails[0].Section47s.Add(new CensusSection47
    {
        ActualStartDate = Date("2024-06-05"),
        InitialCpcTarget = date is null ? null : Date(date),
        IcpcNotRequired = "false",
    }));

    [Theory]
    [InlineData("2024-06-21")] // Friday
    [InlineData("2024-06-24")] // Monday
    [InlineData(null)]
    public void A_weekday_or_no_target_passes(string? date) => Check(new Rule8870Q(), Target(date)).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-06-22")] // Saturday
    [InlineData("2024-06-23")] // Sunday
    public void A_weekend_target_is_flagged(string date) =>
        Check(new Rule8870Q(), Target(date)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.Section47, CensusField.InitialCpcTarget, date)]);
}
