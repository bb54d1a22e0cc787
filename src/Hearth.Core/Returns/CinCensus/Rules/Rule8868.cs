namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8868: every section 47 enquiry in a closed episode is finished either by an ICPC date or by the
/// ICPCnotRequired flag.
/// </summary>
/// <remarks>
/// "Either ... or" is read as exactly one, as the DfE validator reads it: an enquiry with an ICPC date
/// that is also marked not required is flagged too, since one of the two is wrong.
/// </remarks>
public sealed class Rule8868 : ChildRule
{
    public override string Code => "8868";
    public override string Message => "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(d => d.ClosureDate is not null))
        {
            foreach (var enquiry in episode.Section47s.Where(s => (s.DateOfInitialCpc is not null) == s.IsIcpcNotRequired))
            {
                yield return Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, enquiry.DateOfInitialCpc);
                yield return Finding(child, CensusTable.Section47, CensusField.IcpcNotRequired, enquiry.IcpcNotRequired);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, episode.ClosureDate);
            }
        }
    }
}
