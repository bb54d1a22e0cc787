namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>1105: a child protection plan cannot start before the referral of its episode.</summary>
public sealed class Rule1105 : ChildRule
{
    public override string Code => "1105";
    public override string Message => "The child protection plan start date cannot be before the referral date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            foreach (var plan in episode.ChildProtectionPlans.Where(p => p.StartDate < episode.ReferralDate))
            {
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, plan.StartDate);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
            }
        }
    }
}
