namespace Hearth.Core.ChildInNeed;

/// <summary>
/// An authority's child in need settings (configuration section "ChildInNeed"). There is no national
/// visiting frequency for children in need (timescales.md section 10: "CIN/CP (not LAC): no statutory
/// period; local schedule"); every 20 working days is a common local standard.
/// </summary>
public sealed class ChildInNeedOptions
{
    public const string Section = "ChildInNeed";
    public const int DefaultVisitingFrequencyWorkingDays = 20;

    /// <summary>The frequency a new episode starts with; a manager may set another for one child.</summary>
    public int VisitingFrequencyWorkingDays { get; set; } = DefaultVisitingFrequencyWorkingDays;

    public bool IsValid => VisitingFrequencyWorkingDays is > 0 and <= 130;
}
