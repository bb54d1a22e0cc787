namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8950Q: the assessment factor 19A was withdrawn in 2021 in favour of 19B (child on child) and 19C
/// (adult on child); a 19A sent (in any case) is queried.
/// </summary>
public sealed class Rule8950Q : ChildRule
{
    public override string Code => "8950Q";
    public override string Message => "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .SelectMany(d => d.Assessments)
            .SelectMany(a => a.Factors)
            .Where(f => string.Equals(f, "19A", StringComparison.OrdinalIgnoreCase))
            .Select(f => Finding(child, CensusTable.Assessments, CensusField.AssessmentFactors, f));
}
