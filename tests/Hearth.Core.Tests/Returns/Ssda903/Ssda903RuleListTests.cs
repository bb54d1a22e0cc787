using Hearth.Core.Returns.Ssda903;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Returns.Ssda903;

/// <summary>Which of the DfE's 322 rules for 2026-27 Hearth checks, and which it cannot yet, named here so neither list drifts.</summary>
public sealed class Ssda903RuleListTests
{
    /// <summary>
    /// Rules that need data the 2026-27 tables do not carry: the UASC flag the XML header has and the
    /// CSV header does not (205A-D, 303); Ofsted's register of providers by URN (219, 221, 224, 227,
    /// 228, 229); the placement's LA and in/out-of-area code, derived by the DfE from its postcode
    /// directory, and the authority's own LA code (411, 420, 452, 503H, 503J, 1015).
    /// </summary>
    private static readonly string[] NeedDataHearthDoesNotYetHave =
        ["1015", "205A", "205B", "205C", "205D", "219", "221", "224", "227", "228", "229", "303", "411", "420", "452", "503H", "503J"];

    private static IEnumerable<string> Listed() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Returns", "Ssda903", "Fixtures", "ssda903-rules-2026-27.tsv"))
            .Select(line => line.Split('\t')[0]);

    [Fact]
    public void Every_listed_rule_has_exactly_one_class_but_those_that_need_data_not_yet_held()
    {
        var implemented = Ssda903Validator.Rules.Select(r => r.Code).ToList();

        implemented.ShouldBeUnique();
        implemented.Order(StringComparer.Ordinal).ShouldBe(Listed().Except(NeedDataHearthDoesNotYetHave).Order(StringComparer.Ordinal));
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
