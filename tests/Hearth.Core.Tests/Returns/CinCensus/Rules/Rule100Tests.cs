using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule100Tests
{
    [Fact]
    public void A_reference_date_of_31_March_ending_the_return_year_passes() =>
        Check(new Rule100(), Message(Child())).ShouldBeEmpty();

    [Fact]
    public void A_missing_reference_date_is_flagged_with_no_value()
    {
        var message = Message(Child());
        message.Header.ReferenceDate = null;

        Check(new Rule100(), message).Select(f => (f.LaChildId, f.Table, f.Field, f.Value))
            .ShouldBe([(null, CensusTable.Header, CensusField.ReferenceDate, null)]);
    }

    [Fact]
    public void The_sample_dated_for_2023_24_is_flagged_when_returned_as_2024_25() =>
        CensusSampleFile.Rows(new Rule100()).ShouldBe([(null, CensusTable.Header, CensusField.ReferenceDate, "2024-03-31")]);
}
