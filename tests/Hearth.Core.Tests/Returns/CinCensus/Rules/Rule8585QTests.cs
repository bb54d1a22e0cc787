using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8585QTests
{
    private static CensusChild ClosedAsDied(string? died) => Child(with: c =>
    {
        c.PersonDeathDate = died is null ? null : Date(died);
        c.CinDetails[0].ClosureDate = Date("2024-12-01");
        c.CinDetails[0].ReasonForClosure = "RC2";
    });

    [Fact]
    public void A_death_closure_with_a_date_of_death_passes() => Check(new Rule8585Q(), ClosedAsDied("2024-12-01")).ShouldBeEmpty();

    [Fact]
    public void A_death_closure_without_a_date_of_death_is_flagged()
    {
        var findings = Check(new Rule8585Q(), ClosedAsDied(null));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, null),
            (CensusTable.CinDetails, CensusField.ReasonForClosure, "RC2"),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8585Q()).ShouldBe(CensusSampleFile.Expected("8585Q"));
}
