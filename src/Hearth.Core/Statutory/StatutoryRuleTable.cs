namespace Hearth.Core.Statutory;

/// <summary>
/// The statutory clocks as one table (DESIGN.md idea 4). <see cref="England"/> is the national table
/// from timescales.md; <see cref="WithOverrides"/> gives an authority's configured copy.
/// </summary>
public sealed partial class StatutoryRuleTable
{
    private readonly Dictionary<string, StatutoryRule> byId;

    public StatutoryRuleTable(IEnumerable<StatutoryRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        byId = new Dictionary<string, StatutoryRule>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            Validate(rule);
            if (!byId.TryAdd(rule.Id, rule))
            {
                throw new ArgumentException($"Two rules have the id '{rule.Id}'.", nameof(rules));
            }
        }
    }

    /// <summary>The national table: every computable clock in timescales.md sections 1 to 9.</summary>
    public static StatutoryRuleTable England { get; } = new(EnglandRules());

    public IReadOnlyList<StatutoryRule> Rules { get; }

    public StatutoryRule this[string id] =>
        byId.TryGetValue(id, out var rule)
            ? rule
            : throw new KeyNotFoundException($"No statutory rule has the id '{id}'.");

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out StatutoryRule rule) =>
        byId.TryGetValue(id, out rule);

    /// <summary>
    /// A copy of this table with an authority's own timescales for configurable rules. Overriding a
    /// rule that is not configurable throws: an authority may not shorten or lengthen a duty set by
    /// regulation or statutory guidance, only its own local procedures.
    /// </summary>
    public StatutoryRuleTable WithOverrides(params IEnumerable<RuleOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var replacements = new Dictionary<string, RuleOverride>(StringComparer.Ordinal);
        foreach (var change in overrides)
        {
            var rule = this[change.RuleId];
            if (!rule.Configurable)
            {
                throw new InvalidOperationException(
                    $"Rule '{rule.Id}' ({rule.Title}) is {Describe(rule.Strength)} ({rule.Source}) " +
                    $"and cannot be configured locally; its timescale stays {rule.Timescale}.");
            }

            if (!replacements.TryAdd(change.RuleId, change))
            {
                throw new ArgumentException($"Rule '{change.RuleId}' is overridden twice.", nameof(overrides));
            }
        }

        return new StatutoryRuleTable(Rules.Select(rule =>
            replacements.TryGetValue(rule.Id, out var change)
                ? rule with { Timescale = change.Timescale, ThenEvery = change.ThenEvery ?? rule.ThenEvery }
                : rule));
    }

    private static string Describe(RuleStrength strength) => strength switch
    {
        RuleStrength.Statutory => "statutory",
        RuleStrength.StatutoryGuidance => "set by statutory guidance",
        _ => "not marked configurable",
    };

    private static void Validate(StatutoryRule rule)
    {
        if (string.IsNullOrWhiteSpace(rule.Id)
            || string.IsNullOrWhiteSpace(rule.StartEvent)
            || string.IsNullOrWhiteSpace(rule.MetByEvent)
            || string.IsNullOrWhiteSpace(rule.Source))
        {
            throw new ArgumentException($"Rule '{rule.Id}' needs an id, a start event, a meeting event and a source.");
        }

        if (!rule.Recurring && rule.ThenEvery.Count > 0)
        {
            throw new ArgumentException($"Rule '{rule.Id}' has later intervals but is not recurring.");
        }
    }
}
