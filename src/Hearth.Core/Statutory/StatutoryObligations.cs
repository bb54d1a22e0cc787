using Hearth.Core.Workforce;

namespace Hearth.Core.Statutory;

/// <summary>
/// Obligations for a set of people, derived on demand from every registered projection's clock events
/// with the authority's rule table (DESIGN.md idea 4: obligations are derived, never stored).
/// </summary>
public sealed class StatutoryObligations(IEnumerable<IClockEventProjection> projections, StatutoryRuleTable rules, ObligationEngine engine)
    : IObligationSource
{
    public async Task<IReadOnlyList<Obligation>> ForAsync(IReadOnlyCollection<Guid> people, DateOnly today, CancellationToken ct = default)
    {
        var events = new List<ClockEvent>();
        foreach (var projection in projections)
        {
            events.AddRange(await projection.EventsForAsync(people, ct));
        }
        return events.Count == 0 ? [] : engine.DeriveAll(rules, events, today);
    }

    public async Task<IReadOnlyDictionary<Guid, NextDue>> NextDueAsync(IReadOnlyList<Guid> people, DateOnly today, CancellationToken ct = default)
    {
        var open = (await ForAsync(people, today, ct))
            .Where(o => o.Status is ObligationStatus.Open or ObligationStatus.Overdue);
        return open
            .GroupBy(o => o.PersonId)
            .ToDictionary(g => g.Key, g =>
            {
                var next = g.OrderByDescending(o => o.Status == ObligationStatus.Overdue).ThenBy(o => o.DueDate).First();
                return new NextDue(rules[next.RuleId].Title, next.DueDate, next.Status == ObligationStatus.Overdue);
            });
    }
}
