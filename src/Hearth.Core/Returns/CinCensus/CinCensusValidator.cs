using Hearth.Core.Returns.CinCensus.Rules;
using Hearth.Core.Statutory;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// Runs every DfE rule over a census and returns the findings, one per flagged cell, in a stable
/// order (child, rule, table, field).
/// </summary>
public static class CinCensusValidator
{
    /// <summary>Every rule class in this assembly, one instance each, ordered by code.</summary>
    public static IReadOnlyList<CinCensusRule> Rules { get; } =
        [.. typeof(CinCensusRule).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(CinCensusRule)))
            .Select(t => (CinCensusRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Code, StringComparer.Ordinal)];

    private static readonly ChildRule[] ChildRules = [.. Rules.OfType<ChildRule>()];

    /// <summary>The rules that look across children (duplicates, proportions, LA totals) or at the header.</summary>
    private static readonly CinCensusRule[] MessageRules = [.. Rules.Where(r => r is not ChildRule)];

    public static IReadOnlyList<CensusFinding> Validate(
        CensusMessage message, CensusYear returnYear, IWorkingDayCalendar? calendar = null, DateOnly? asAt = null)
    {
        var context = new CensusContext(message, returnYear, calendar, asAt);
        // Child by child, every child rule on a child while it is in the processor's cache, rather
        // than rule by rule over the whole file: for a county's 30,000 children the rule-by-rule walk
        // spent most of its time waiting on memory. The order findings are made in does not matter:
        // they are sorted below, and within one rule and child they come in the rule's own order.
        var findings = new List<CensusFinding>();
        foreach (var child in message.Children)
        {
            foreach (var rule in ChildRules)
            {
                findings.AddRange(rule.CheckOne(child, context));
            }
        }
        foreach (var rule in MessageRules)
        {
            findings.AddRange(rule.Check(context));
        }
        return [.. findings
            .Distinct()
            .OrderBy(f => f.LaChildId, StringComparer.Ordinal)
            .ThenBy(f => f.RuleCode, StringComparer.Ordinal)
            .ThenBy(f => f.Table, StringComparer.Ordinal)
            .ThenBy(f => f.Field, StringComparer.Ordinal)];
    }
}
