using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8825QTests
{
    private static CensusChild Closed(string reason, bool assessed) => Child(with: c =>
    {
        c.CinDetails[0].ClosureDate = Date("2024-08-01");
        c.CinDetails[0].ReasonForClosure = reason;
        if (!assessed)
        {
            c.CinDetails[0].Assessments.Clear();
        }
    });

    [Fact]
    public void Closed_after_assessment_with_an_assessment_passes() => Check(new Rule8825Q(), Closed("RC8", assessed: true)).ShouldBeEmpty();

    [Fact]
    public void Another_reason_without_an_assessment_passes() => Check(new Rule8825Q(), Closed("RC7", assessed: false)).ShouldBeEmpty();

    [Theory]
    [InlineData("RC8")]
    [InlineData("RC9")]
    public void Closed_after_assessment_without_one_flags_the_reason(string reason) =>
        Check(new Rule8825Q(), Closed(reason, assessed: false)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.CinDetails, CensusField.ReasonForClosure, reason)]);
}
