using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8805Tests
{
    [Fact]
    public void A_closure_with_a_reason_passes() =>
        Check(new Rule8805(), Child(with: c => { c.CinDetails[0].ClosureDate = Date("2024-09-01"); c.CinDetails[0].ReasonForClosure = "RC7"; }))
            .ShouldBeEmpty();

    [Fact]
    public void An_open_episode_passes() => Check(new Rule8805(), Child()).ShouldBeEmpty();

    [Fact]
    public void A_closure_without_a_reason_flags_both_cells()
    {
        var findings = Check(new Rule8805(), Child(with: c => c.CinDetails[0].ClosureDate = Date("2024-09-01")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-09-01"),
            (CensusTable.CinDetails, CensusField.ReasonForClosure, (string?)null),
        ]);
    }
}
