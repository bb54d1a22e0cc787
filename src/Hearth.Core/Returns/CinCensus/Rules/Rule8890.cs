namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8890: within an episode, a section 47 enquiry does not start on or between another enquiry's
/// start and ICPC date, or, while that one is open (no ICPC and not marked ICPCnotRequired), its
/// start and the ReferenceDate. Flags the later start with the other's start and ICPC date.
/// </summary>
/// <remarks>
/// Two enquiries with the same start and ICPC date are not compared, as in the DfE validator: they
/// are one enquiry sent twice.
/// </remarks>
public sealed class Rule8890 : ChildRule
{
    public override string Code => "8890";
    public override string Message => "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            var started = episode.Section47s.Where(s => s.ActualStartDate is not null).ToList();
            foreach (var (enquiry, other) in StartedWhileOngoing.Pairs(started))
            {
                if (enquiry.ActualStartDate == other.ActualStartDate && enquiry.DateOfInitialCpc == other.DateOfInitialCpc)
                {
                    continue;
                }
                if (StartedWhileOngoing.Check(
                    enquiry.ActualStartDate!.Value, other.ActualStartDate!.Value, other.DateOfInitialCpc, !other.IsIcpcNotRequired, context.PeriodEnd))
                {
                    yield return Finding(child, CensusTable.Section47, CensusField.S47ActualStartDate, enquiry.ActualStartDate);
                    yield return Finding(child, CensusTable.Section47, CensusField.S47ActualStartDate, other.ActualStartDate);
                    yield return Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, other.DateOfInitialCpc);
                }
            }
        }
    }
}
