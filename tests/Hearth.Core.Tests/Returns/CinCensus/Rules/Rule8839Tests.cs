using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8839Tests
{
    private static CensusSection47 Enquiry(string start, string? icpc = null, string notRequired = "false") => new()
    {
        ActualStartDate = Date(start),
        DateOfInitialCpc = icpc is null ? null : Date(icpc),
        IcpcNotRequired = notRequired,
    };

    private static CensusChild With(params CensusSection47[] enquiries) => Child(with: c => c.CinDetails[0].Section47s.AddRange(enquiries));

    [Fact]
    public void One_open_enquiry_among_finished_ones_passes() =>
        Check(new Rule8839(), With(Enquiry("2024-06-05", "2024-06-20"), Enquiry("2024-07-01", notRequired: "true"), Enquiry("2024-08-01")))
            .ShouldBeEmpty();

    [Fact]
    public void Two_open_enquiries_flag_the_missing_icpc_date() =>
        Check(new Rule8839(), With(Enquiry("2024-06-05"), Enquiry("2024-08-01"))).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.Section47, CensusField.DateOfInitialCpc, (string?)null)]);
}
