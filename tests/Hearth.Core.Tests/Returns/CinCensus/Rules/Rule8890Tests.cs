using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8890Tests
{
    private static CensusSection47 Enquiry(string start, string? icpc, string notRequired = "false") => new()
    {
        ActualStartDate = Date(start),
        DateOfInitialCpc = icpc is null ? null : Date(icpc),
        IcpcNotRequired = notRequired,
    };

    private static CensusChild With(params CensusSection47[] enquiries) => Child(with: c => c.CinDetails[0].Section47s.AddRange(enquiries));

    [Fact]
    public void An_enquiry_after_the_last_conference_passes() =>
        Check(new Rule8890(), With(Enquiry("2024-06-05", "2024-06-20"), Enquiry("2024-06-21", null))).ShouldBeEmpty();

    [Fact]
    public void An_enquiry_after_one_marked_not_required_passes() =>
        Check(new Rule8890(), With(Enquiry("2024-06-05", null, "true"), Enquiry("2024-06-21", null))).ShouldBeEmpty();

    [Fact]
    public void An_enquiry_starting_on_the_conference_day_is_flagged() =>
        Check(new Rule8890(), With(Enquiry("2024-06-05", "2024-06-20"), Enquiry("2024-06-20", null))).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.S47ActualStartDate, "2024-06-20"),
            (CensusTable.Section47, CensusField.S47ActualStartDate, "2024-06-05"),
            (CensusTable.Section47, CensusField.DateOfInitialCpc, "2024-06-20"),
        ]);

    [Fact]
    public void An_enquiry_starting_while_another_is_open_is_flagged() =>
        Check(new Rule8890(), With(Enquiry("2024-06-05", null), Enquiry("2024-07-01", "2024-07-15"))).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.S47ActualStartDate, "2024-07-01"),
            (CensusTable.Section47, CensusField.S47ActualStartDate, "2024-06-05"),
            (CensusTable.Section47, CensusField.DateOfInitialCpc, (string?)null),
        ]);
}
