namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 2991Q: an episode with a section 47 enquiry should have an assessment. Flags the LAchildID of
/// each such Section47 module, as the D2I validator does.
/// </summary>
public sealed class Rule2991Q : ChildRule
{
    public override string Code => "2991Q";
    public override string Message => "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.CinDetails.Any(e => e.Section47s.Count > 0 && e.Assessments.Count == 0))
        {
            yield return Finding(child, CensusTable.Section47, CensusField.LaChildId, child.LaChildId);
        }
    }
}
