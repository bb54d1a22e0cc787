using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule2886QTests
{
    private static CensusMessage Children(int total, int withoutSex, bool unborn = false) =>
        Message([.. Enumerable.Range(0, total).Select(i => Child($"C{i}", c =>
        {
            if (i < withoutSex)
            {
                c.Sex = i % 2 == 0 ? "U" : null;
                c.ExpectedPersonBirthDate = unborn ? Date("2025-06-01") : null;
            }
        }))]);

    [Fact]
    public void Two_percent_without_sex_passes() => Check(new Rule2886Q(), Children(100, 2)).ShouldBeEmpty();

    [Fact]
    public void Unborn_children_are_not_counted() => Check(new Rule2886Q(), Children(10, 5, unborn: true)).ShouldBeEmpty();

    [Fact]
    public void More_than_two_percent_is_flagged_once_for_the_return() =>
        Check(new Rule2886Q(), Children(100, 3)).Select(f => (f.LaChildId, f.Table, f.Field, f.Value))
            .ShouldBe([(null, CensusTable.ChildIdentifiers, CensusField.Sex, null)]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule2886Q()).ShouldBeEmpty();
}
