namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8615: a section 47 with an initial conference has a start date, on or before the conference.</summary>
public sealed class Rule8615 : ChildRule
{
    public override string Code => "8615";
    public override string Message => "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var enquiries = child.CinDetails.SelectMany(d => d.Section47s)
            .Where(s => s.DateOfInitialCpc is { } conference && (s.ActualStartDate is null || s.ActualStartDate > conference));
        foreach (var enquiry in enquiries)
        {
            yield return Finding(child, CensusTable.Section47, CensusField.S47ActualStartDate, enquiry.ActualStartDate);
            yield return Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, enquiry.DateOfInitialCpc);
        }
    }
}
