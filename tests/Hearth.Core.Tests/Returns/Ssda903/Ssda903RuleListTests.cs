using Hearth.Core.Returns.Ssda903;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Returns.Ssda903;

/// <summary>Which of the DfE's 322 rules for 2026-27 Hearth checks, and which it cannot yet, named here so neither list drifts.</summary>
public sealed class Ssda903RuleListTests
{
    /// <summary>
    /// Rules Hearth does not check. None: those that need data the CSV tables do not carry read it from the XML
    /// header or the record (UASC: 205A-D, 303), Ofsted's register (219, 221, 224, 227-229), the postcode directory's
    /// LAs and the authority's LA code (229, 411, 420, 452, 503H, 503J, 1015), and find nothing when it is not loaded.
    /// </summary>
    private static readonly string[] NotChecked = [];

    private static IEnumerable<string> Listed() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Returns", "Ssda903", "Fixtures", "ssda903-rules-2026-27.tsv"))
            .Select(line => line.Split('\t')[0]);

    [Fact]
    public void Every_listed_rule_has_exactly_one_class()
    {
        var implemented = Ssda903Validator.Rules.Select(r => r.Code).ToList();

        implemented.ShouldBeUnique();
        implemented.Order(StringComparer.Ordinal).ShouldBe(Listed().Except(NotChecked).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_rule_says_what_the_DfE_says()
    {
        var wording = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Returns", "Ssda903", "Fixtures", "ssda903-rules-2026-27.tsv"))
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => cells[0], cells => cells[1].Trim());

        Ssda903Validator.Rules.Where(r => r.Message != wording[r.Code]).Select(r => r.Code).ShouldBeEmpty();
    }
}
