namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8740: a section 47 that needs an initial conference (ICPCnotRequired false) and has not had one
/// by the ReferenceDate must have started in the collection period.
/// </summary>
/// <remarks>
/// The D2I validator only applies this when ICPCnotRequired is sent as 0, not as false; the DfE
/// wording says false, which the census writes either way, so both are treated alike here.
/// </remarks>
public sealed class Rule8740 : ChildRule
{
    public override string Code => "8740";
    public override string Message => "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var enquiry in child.CinDetails.SelectMany(d => d.Section47s)
                     .Where(s => s.DateOfInitialCpc is null && CensusFlag.IsFalse(s.IcpcNotRequired)
                         && s.ActualStartDate is { } started && !context.InPeriod(started)))
        {
            yield return Finding(child, CensusTable.Section47, CensusField.S47ActualStartDate, enquiry.ActualStartDate);
            yield return Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, enquiry.DateOfInitialCpc);
            yield return Finding(child, CensusTable.Section47, CensusField.IcpcNotRequired, enquiry.IcpcNotRequired);
        }
    }
}
