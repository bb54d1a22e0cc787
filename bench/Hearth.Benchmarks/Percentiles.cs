namespace Hearth.Benchmarks;

/// <summary>Nearest-rank percentiles over a sorted list of timings, as every load run reports them.</summary>
public static class Percentiles
{
    public static double Of(List<double> sorted, int p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
