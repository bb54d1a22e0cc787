namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8875: a section 47 enquiry's initial child protection conference is not held at a weekend. The
/// rule is on the Section47 module; an ICPC recorded at episode level is not checked (as in the DfE validator).
/// </summary>
public sealed class Rule8875 : ChildRule
{
    public override string Code => "8875";
    public override string Message => "The Date of Initial Child Protection Conference cannot be a weekend";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .SelectMany(d => d.Section47s)
            .Where(s => s.DateOfInitialCpc?.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .Select(s => Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, s.DateOfInitialCpc));
}
