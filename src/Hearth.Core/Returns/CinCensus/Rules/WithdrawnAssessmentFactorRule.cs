namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8945Q and 8950Q: factor codes 18A and 19A (physical and sexual abuse) were withdrawn in 2021 in
/// favour of the B (child on child) and C (adult on child) codes; one still sent, in any case, is queried.
/// </summary>
public abstract class WithdrawnAssessmentFactorRule(string factor) : ChildRule
{
    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .SelectMany(d => d.Assessments)
            .SelectMany(a => a.Factors)
            .Where(f => string.Equals(f, factor, StringComparison.OrdinalIgnoreCase))
            .Select(f => Finding(child, CensusTable.Assessments, CensusField.AssessmentFactors, f));
}
