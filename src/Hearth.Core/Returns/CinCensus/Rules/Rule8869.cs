namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8869: an assessment with factor 21 "no factors identified" has no other factor; the others are flagged.</summary>
public sealed class Rule8869 : ChildRule
{
    public override string Code => "8869";
    public override string Message => "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var assessment in child.CinDetails.SelectMany(d => d.Assessments).Where(a => a.Factors.Contains(CensusCodeListsC.NoFactors)))
        {
            foreach (var factor in assessment.Factors.Where(f => f != CensusCodeListsC.NoFactors))
            {
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentFactors, factor);
            }
        }
    }
}
