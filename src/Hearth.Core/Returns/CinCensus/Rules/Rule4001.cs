namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 4001: an episode cannot have an open child protection plan (no end date) and an open CIN plan
/// (started, no end date) at once. Flags both missing end dates.
/// </summary>
public sealed class Rule4001 : ChildRule
{
    public override string Code => "4001";
    public override string Message => "A CIN Plan cannot run concurrently with a Child Protection Plan";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            var openCinPlan = episode.CinPlans.Any(p => p.StartDate is not null && p.EndDate is null);
            if (openCinPlan && episode.ChildProtectionPlans.Any(p => p.EndDate is null))
            {
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppEndDate, (string?)null);
                yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanEndDate, (string?)null);
            }
        }
    }
}
