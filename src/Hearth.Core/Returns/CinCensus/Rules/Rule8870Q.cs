namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8870Q: a section 47 enquiry's target date for the initial conference is a weekday.</summary>
public sealed class Rule8870Q : ChildRule
{
    public override string Code => "8870Q";
    public override string Message => "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .SelectMany(d => d.Section47s)
            .Where(s => s.InitialCpcTarget?.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .Select(s => Finding(child, CensusTable.Section47, CensusField.InitialCpcTarget, s.InitialCpcTarget));
}
