using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8810Tests
{
    [Fact]
    public void A_reason_with_a_closure_passes() =>
        Check(new Rule8810(), Child(with: c => { c.CinDetails[0].ClosureDate = Date("2024-09-01"); c.CinDetails[0].ReasonForClosure = "RC7"; }))
            .ShouldBeEmpty();

    [Fact]
    public void A_reason_without_a_closure_flags_both_cells()
    {
        var findings = Check(new Rule8810(), Child(with: c => c.CinDetails[0].ReasonForClosure = "RC7"));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.ReasonForClosure, "RC7"),
            (CensusTable.CinDetails, CensusField.CinClosureDate, (string?)null),
        ]);
    }
}
