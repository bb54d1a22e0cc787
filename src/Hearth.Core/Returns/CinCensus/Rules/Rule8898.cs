namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8898: no factor appears twice on one assessment; a repeated code is flagged.</summary>
public sealed class Rule8898 : ChildRule
{
    public override string Code => "8898";
    public override string Message => "The assessment has more than one parental or child factors with the same code";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .SelectMany(d => d.Assessments)
            .SelectMany(a => a.Factors.GroupBy(f => f, StringComparer.Ordinal).Where(g => g.Count() > 1))
            .Select(g => Finding(child, CensusTable.Assessments, CensusField.AssessmentFactors, g.Key));
}
