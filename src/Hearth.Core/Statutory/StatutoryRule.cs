namespace Hearth.Core.Statutory;

/// <summary>
/// One statutory clock: when it starts, how long it runs, what meets it and where the rule comes from.
/// </summary>
/// <param name="Id">Stable identifier used by reports and overrides, e.g. "assessment.child-and-family.45wd".</param>
/// <param name="StartEvent">The clock event type that starts the clock.</param>
/// <param name="Timescale">The first interval, from the start event.</param>
/// <param name="MetByEvent">The clock event type that meets the obligation.</param>
/// <param name="Recurring">
/// True when each meeting event starts the next interval (visits, reviews), measured from the actual
/// date it was met, not from the due date (timescales.md section 10, "intervals not more than").
/// </param>
public sealed record StatutoryRule(
    string Id,
    string Title,
    StatutoryArea Area,
    string StartEvent,
    Timescale Timescale,
    string MetByEvent,
    string Source,
    RuleStrength Strength,
    bool Configurable,
    bool Recurring)
{
    /// <summary>
    /// For a recurring rule, the intervals after the first, in order; the last one repeats. Empty means
    /// <see cref="Timescale"/> repeats. Reg 33 reviews, for example, are 20 working days, then 3 months,
    /// then every 6 months.
    /// </summary>
    public IReadOnlyList<Timescale> ThenEvery { get; init; } = [];

    /// <summary>Event types that end the duty (a plan ends, a period of care ends, no further action).</summary>
    public IReadOnlyList<string> StopEvents { get; init; } = [];

    /// <summary>Further event types that meet the obligation besides <see cref="MetByEvent"/>.</summary>
    public IReadOnlyList<string> AlsoMetBy { get; init; } = [];

    /// <summary>The interval due after the clock has been met <paramref name="timesMet"/> times.</summary>
    public Timescale IntervalAfter(int timesMet)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timesMet);
        if (timesMet == 0 || ThenEvery.Count == 0)
        {
            return Timescale;
        }

        return ThenEvery[Math.Min(timesMet, ThenEvery.Count) - 1];
    }
}
