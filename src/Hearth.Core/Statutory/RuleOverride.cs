namespace Hearth.Core.Statutory;

/// <summary>
/// An authority's own timescale for a configurable rule, e.g. CP visits every 4 weeks instead of
/// every 10 working days. <see cref="ThenEvery"/> null keeps the rule's later intervals.
/// </summary>
public sealed record RuleOverride(string RuleId, Timescale Timescale)
{
    public IReadOnlyList<Timescale>? ThenEvery { get; init; }
}
