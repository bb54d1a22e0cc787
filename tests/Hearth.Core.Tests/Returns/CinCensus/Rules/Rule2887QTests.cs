using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule2887QTests
{
    private static readonly string[] Codes = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"];

    private static CensusMessage Using(int codes) =>
        Message([Child("N"), .. Codes.Take(codes).Select((code, i) => Child($"C{i}", c =>
        {
            c.Disabilities.Clear();
            c.Disabilities.Add(code);
        }))]);

    [Fact]
    public void Eight_different_codes_pass() => Check(new Rule2887Q(), Using(8)).ShouldBeEmpty();

    [Fact]
    public void Seven_codes_and_none_are_flagged_once_for_the_return() =>
        Check(new Rule2887Q(), Using(7)).Select(f => (f.LaChildId, f.Table, f.Field, f.Value))
            .ShouldBe([(null, CensusTable.Disabilities, CensusField.Disability, null)]);

    /// <summary>
    /// The sample uses only HAND and HEAR, so the return is queried. D2I raises it too (as an LA-level
    /// issue with no cell, which is why it is not among the sample's expected rows).
    /// </summary>
    [Fact]
    public void The_sample_is_queried_for_the_return() =>
        CensusSampleFile.Rows(new Rule2887Q()).ShouldBe([(null, CensusTable.Disabilities, CensusField.Disability, null)]);
}
