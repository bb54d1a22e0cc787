using Hearth.Core.Statutory;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8675Q: an initial child protection conference should follow the section 47 within 15 working
/// days, so an enquiry that needs one (ICPCnotRequired false) and has none by the ReferenceDate
/// should not have started before the 15th working day before it (England and Wales bank holidays,
/// the context's calendar).
/// </summary>
public sealed class Rule8675Q : ChildRule
{
    public override string Code => "8675Q";
    public override string Message => "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.";

    private const int ConferenceWorkingDays = 15;

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var earliestOpenStart = WorkingDays.AddWorkingDays(context.PeriodEnd, -ConferenceWorkingDays, context.Calendar);
        foreach (var enquiry in child.CinDetails.SelectMany(d => d.Section47s)
                     .Where(s => s.DateOfInitialCpc is null && CensusFlag.IsFalse(s.IcpcNotRequired) && s.ActualStartDate < earliestOpenStart))
        {
            yield return Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, enquiry.DateOfInitialCpc);
            yield return Finding(child, CensusTable.Section47, CensusField.S47ActualStartDate, enquiry.ActualStartDate);
            yield return Finding(child, CensusTable.Section47, CensusField.IcpcNotRequired, enquiry.IcpcNotRequired);
        }
    }
}
