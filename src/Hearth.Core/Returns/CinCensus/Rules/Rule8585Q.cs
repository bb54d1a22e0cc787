namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8585Q: an episode closed because the child died (RC2) needs the child's date of death.</summary>
public sealed class Rule8585Q : ChildRule
{
    public override string Code => "8585Q";
    public override string Message => "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death";

    private const string Died = "RC2";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.PersonDeathDate is not null)
        {
            yield break;
        }

        foreach (var episode in child.CinDetails.Where(d => d.ReasonForClosure == Died))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, child.PersonDeathDate);
            yield return Finding(child, CensusTable.CinDetails, CensusField.ReasonForClosure, episode.ReasonForClosure);
        }
    }
}
