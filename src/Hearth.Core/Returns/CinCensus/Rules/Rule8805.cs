namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8805: an episode with a CINclosureDate has a ReasonForClosure; both cells are flagged.</summary>
public sealed class Rule8805 : ChildRule
{
    public override string Code => "8805";
    public override string Message => "A CIN case cannot have a CIN closure date without a Reason for Closure";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            if (episode.ClosureDate is not null && string.IsNullOrWhiteSpace(episode.ReasonForClosure))
            {
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, episode.ClosureDate);
                yield return Finding(child, CensusTable.CinDetails, CensusField.ReasonForClosure, episode.ReasonForClosure);
            }
        }
    }
}
