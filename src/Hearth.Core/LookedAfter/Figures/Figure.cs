namespace Hearth.Core.LookedAfter.Figures;

/// <summary>How a figure reads: a count with a rate per 10,000 children, or a proportion of a cohort.</summary>
public enum FigureKind
{
    /// <summary>Numerator children per 10,000 of the authority's child population (the denominator).</summary>
    RatePer10000,
    Percentage,
}

/// <summary>
/// One figure as the inspection reports quote it: the numerator and denominator, and the children behind each so the
/// page can list them. <see cref="Counted"/> are the children in the numerator, <see cref="Cohort"/> those in the
/// denominator; where the figure counts events (returns from missing), a child appears once however many of theirs count.
/// </summary>
public sealed record Figure(
    string Key,
    string Title,
    string Definition,
    FigureKind Kind,
    int Numerator,
    int? Denominator,
    IReadOnlyList<Guid> Counted,
    IReadOnlyList<Guid> Cohort)
{
    /// <summary>The percentage, or the rate per 10,000; null when there is nothing to divide by.</summary>
    public decimal? Value => Denominator is > 0 and var d
        ? Math.Round(Numerator * (Kind == FigureKind.RatePer10000 ? 10000m : 100m) / d, 1, MidpointRounding.AwayFromZero)
        : null;

    /// <summary>The figure as a report writes it: "39.5 per 10,000" or "91%".</summary>
    public string ValueText => Value is not { } v ? "No figure"
        : Kind == FigureKind.RatePer10000 ? $"{v:0.0} per 10,000" : $"{v:0.#}%";

    internal static Figure Of(string key, string title, string definition, IEnumerable<Guid> counted, IEnumerable<Guid> cohort)
    {
        var c = counted.Distinct().ToList();
        var d = cohort.Distinct().ToList();
        return new Figure(key, title, definition, FigureKind.Percentage, c.Count, d.Count, c, d);
    }
}

/// <summary>The figures as at a date, for the year ending on it.</summary>
public sealed record LookedAfterFiguresReport(DateOnly AsAt, DateOnly YearFrom, IReadOnlyList<Figure> Figures)
{
    public Figure this[string key] => Figures.Single(f => f.Key == key);
}
