using Hearth.Core.Returns.CinCensus;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Returns.CinCensus;

/// <summary>
/// Acceptance 1 of issue 5: validating the DfE sample as a 2024-25 return gives exactly the 33
/// findings the DfE rules give on it (same child, rule, table, field and value).
/// </summary>
public sealed class CinCensusSampleFileTests
{
    [Fact]
    public void Validating_the_sample_gives_exactly_the_33_expected_findings()
    {
        var findings = CinCensusValidator.Validate(CensusSampleFile.Message(), CensusSampleFile.ReturnYear)
            .Where(f => !f.IsReturnLevel)
            .Select(f => (f.LaChildId, f.RuleCode, f.Table, f.Field, f.Value))
            .Order()
            .ToList();

        var expected = CensusSampleFile.Expected();
        expected.Count.ShouldBe(33);
        findings.ShouldBe(expected);
    }

    /// <summary>
    /// The one return-level finding: the sample uses two disability codes, fewer than the eight the
    /// DfE expects across a return (2887Q). D2I reports return-level issues apart from the child rows,
    /// which is why it is not among the 33; Hearth shows it apart too.
    /// </summary>
    [Fact]
    public void The_return_level_query_on_the_sample_is_the_disability_code_count()
    {
        var returnLevel = CinCensusValidator.Validate(CensusSampleFile.Message(), CensusSampleFile.ReturnYear).Where(f => f.IsReturnLevel);

        returnLevel.Select(f => f.RuleCode).ShouldBe(["2887Q"]);
    }

    public static TheoryData<string> Codes { get; } = [.. CinCensusValidator.Rules.Select(r => r.Code)];

    /// <summary>Rule by rule, so a difference names its rule.</summary>
    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_rule_gives_its_expected_rows_on_the_sample(string code)
    {
        var rule = CinCensusValidator.Rules.Single(r => r.Code == code);

        var rows = CinCensusValidator.Validate(CensusSampleFile.Message(), CensusSampleFile.ReturnYear)
            .Where(f => f.RuleCode == code && !f.IsReturnLevel)
            .Select(f => (f.LaChildId, f.Table, f.Field, f.Value))
            .Order()
            .ToList();

        rows.ShouldBe([.. CensusSampleFile.Expected(code)], $"rule {rule.Code}: {rule.Message}");
    }

    [Fact]
    public void Every_rule_in_the_dfe_list_has_exactly_one_class()
    {
        var listed = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Returns", "CinCensus", "Fixtures", "cin-census-rules-2025-26.tsv"))
            .Select(line => line.Split('\t')[0])
            .Order(StringComparer.Ordinal);

        CinCensusValidator.Rules.Select(r => r.Code).ShouldBe(listed);
    }
}
