namespace Hearth.Core.LookedAfter.Figures;

/// <summary>
/// The looked-after figures' settings (configuration section "LookedAfter"): the authority's child population aged 0
/// to 17, the denominator of the rate per 10,000 children (the ONS mid-year estimate the DfE uses; e.g. 261,000 for
/// Hertfordshire's 39.5 per 10,000 in 2015). None set, the page shows the count without a rate.
/// </summary>
public sealed class LookedAfterFiguresOptions
{
    public const string Section = "LookedAfter";

    public int? ChildPopulation { get; set; }

    public bool IsValid => ChildPopulation is null or > 0;
}
