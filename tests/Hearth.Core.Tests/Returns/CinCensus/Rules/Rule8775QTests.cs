using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8775QTests
{
    private static CensusChild BornOn(string born, string? closed = null) => Child(with: c =>
    {
        c.PersonBirthDate = Date(born);
        c.CinDetails[0].ClosureDate = closed is null ? null : Date(closed);
    });

    [Fact]
    public void A_child_exactly_25_at_the_reference_date_passes() => Check(new Rule8775Q(), BornOn("2000-03-31")).ShouldBeEmpty();

    [Fact]
    public void An_episode_closed_by_the_25th_birthday_passes() => Check(new Rule8775Q(), BornOn("1999-06-01", "2024-06-01")).ShouldBeEmpty();

    [Fact]
    public void An_open_episode_of_a_child_over_25_is_flagged()
    {
        var findings = Check(new Rule8775Q(), BornOn("2000-03-30"));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, "2000-03-30"),
            (CensusTable.CinDetails, CensusField.CinClosureDate, null),
        ]);
    }

    [Fact]
    public void An_episode_closed_after_the_25th_birthday_is_flagged()
    {
        var findings = Check(new Rule8775Q(), BornOn("1999-06-01", "2024-06-02"));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, "1999-06-01"),
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-06-02"),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8775Q()).ShouldBe(CensusSampleFile.Expected("8775Q"));
}
