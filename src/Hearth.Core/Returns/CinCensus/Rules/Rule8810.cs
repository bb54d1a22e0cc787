namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8810: an episode with a ReasonForClosure has a CINclosureDate; both cells are flagged.</summary>
public sealed class Rule8810 : ChildRule
{
    public override string Code => "8810";
    public override string Message => "A CIN case cannot have a Reason for Closure without a CIN Closure Date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            if (!string.IsNullOrWhiteSpace(episode.ReasonForClosure) && episode.ClosureDate is null)
            {
                yield return Finding(child, CensusTable.CinDetails, CensusField.ReasonForClosure, episode.ReasonForClosure);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, episode.ClosureDate);
            }
        }
    }
}
