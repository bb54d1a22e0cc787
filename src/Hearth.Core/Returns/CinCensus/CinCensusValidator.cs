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

    public static IReadOnlyList<CensusFinding> Validate(
        CensusMessage message, CensusYear returnYear, IWorkingDayCalendar? calendar = null, DateOnly? asAt = null)
    {
        var context = new CensusContext(message, returnYear, calendar, asAt);
        return [.. Rules
            .SelectMany(rule => rule.Check(context))
            .Distinct()
            .OrderBy(f => f.LaChildId, StringComparer.Ordinal)
            .ThenBy(f => f.RuleCode, StringComparer.Ordinal)
            .ThenBy(f => f.Table, StringComparer.Ordinal)
            .ThenBy(f => f.Field, StringComparer.Ordinal)];
    }
}
