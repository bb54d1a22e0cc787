namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// A child's child protection plans across all their CINdetails episodes, for the rules that look
/// at plans child-wide (8915, 8920, 8935, 8940): the DfE counts open or overlapping plans per child,
/// not per episode.
/// </summary>
internal static class ChildProtectionPlanDates
{
    public static IEnumerable<CensusChildProtectionPlan> Plans(CensusChild child) =>
        child.CinDetails.SelectMany(d => d.ChildProtectionPlans);

    /// <summary>A plan with no CPPendDate is still open at the ReferenceDate.</summary>
    public static bool IsOpen(CensusChildProtectionPlan plan) => plan.EndDate is null;
}
