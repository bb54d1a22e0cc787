namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8715: a section 47's initial child protection conference falls in the collection period. Only
/// the Section47 date is checked, as the DfE does; an episode-level DateOfInitialCPC is not.
/// </summary>
public sealed class Rule8715 : ChildRule
{
    public override string Code => "8715";
    public override string Message => "Date of Initial Child Protection Conference must fall within the census year";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails.SelectMany(d => d.Section47s)
            .Where(s => s.DateOfInitialCpc is { } conference && !context.InPeriod(conference))
            .Select(s => Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, s.DateOfInitialCpc));
}
