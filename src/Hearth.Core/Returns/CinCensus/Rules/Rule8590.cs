namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8590: a child is in the census because of a CIN episode, so every child has at least one CINdetails.</summary>
public sealed class Rule8590 : ChildRule
{
    public override string Code => "8590";
    public override string Message => "Child does not have a recorded CIN episode.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.CinDetails.Count == 0)
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.LaChildId, child.LaChildId);
        }
    }
}
