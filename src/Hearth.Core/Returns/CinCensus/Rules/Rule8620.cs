namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8620: an episode closed in the return was closed during the collection period (ends included).</summary>
public sealed class Rule8620 : ChildRule
{
    public override string Code => "8620";
    public override string Message => "CIN Closure Date present and does not fall within the Census year";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .Where(d => d.ClosureDate is { } closed && !context.InPeriod(closed))
            .Select(d => Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, d.ClosureDate));
}
