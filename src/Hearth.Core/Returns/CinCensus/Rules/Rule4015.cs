namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>4015: a CIN plan cannot start before the referral of its episode.</summary>
public sealed class Rule4015 : ChildRule
{
    public override string Code => "4015";
    public override string Message => "The CIN Plan start date cannot be before the referral date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            foreach (var plan in episode.CinPlans.Where(p => p.StartDate < episode.ReferralDate))
            {
                yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, plan.StartDate);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
            }
        }
    }
}
