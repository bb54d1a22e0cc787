namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8910: every child protection plan has a valid LatestCategoryOfAbuse (NEG, PHY, EMO, SAB, MUL).</summary>
public sealed class Rule8910 : ChildRule
{
    public override string Code => "8910";
    public override string Message => "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        ChildProtectionPlanDates.Plans(child)
            .Where(p => !Rule8905.IsCategory(p.LatestCategoryOfAbuse))
            .Select(p => Finding(child, CensusTable.ChildProtectionPlans, CensusField.LatestCategoryOfAbuse, p.LatestCategoryOfAbuse));
}
