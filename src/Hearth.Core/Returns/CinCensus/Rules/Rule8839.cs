namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8839: an episode has at most one open section 47 enquiry, one with no DateOfInitialCPC and not
/// marked ICPCnotRequired. The missing ICPC dates are flagged.
/// </summary>
public sealed class Rule8839 : ChildRule
{
    public override string Code => "8839";
    public override string Message => "Within one CINDetails group there are 2 or more open S47 Assessments";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            if (episode.Section47s.Count(s => s.DateOfInitialCpc is null && !s.IsIcpcNotRequired) > 1)
            {
                yield return Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, (string?)null);
            }
        }
    }
}
