using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8868Tests
{
    private static CensusChild ClosedWith(string? icpc, string notRequired) => Child(with: c =>
    {
        c.CinDetails[0].ClosureDate = Date("2024-08-01");
        c.CinDetails[0].ReasonForClosure = "RC7";
        c.CinDetails[0].Section47s.Add(new CensusSection47
        {
            ActualStartDate = Date("2024-06-05"),
            DateOfInitialCpc = icpc is null ? null : Date(icpc),
            IcpcNotRequired = notRequired,
        });
    });

    [Fact]
    public void An_enquiry_finished_by_an_icpc_passes() => Check(new Rule8868(), ClosedWith("2024-06-20", "false")).ShouldBeEmpty();

    [Fact]
    public void An_enquiry_marked_not_required_passes() => Check(new Rule8868(), ClosedWith(null, "1")).ShouldBeEmpty();

    [Fact]
    public void An_unfinished_enquiry_in_a_closed_episode_is_flagged() =>
        Check(new Rule8868(), ClosedWith(null, "false")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.DateOfInitialCpc, (string?)null),
            (CensusTable.Section47, CensusField.IcpcNotRequired, "false"),
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-08-01"),
        ]);

    [Fact]
    public void An_icpc_marked_not_required_is_flagged() =>
        Check(new Rule8868(), ClosedWith("2024-06-20", "true")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.DateOfInitialCpc, "2024-06-20"),
            (CensusTable.Section47, CensusField.IcpcNotRequired, "true"),
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-08-01"),
        ]);
}
