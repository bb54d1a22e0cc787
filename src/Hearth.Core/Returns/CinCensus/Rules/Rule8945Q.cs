namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8945Q: the assessment factor 18A was withdrawn in 2021 in favour of 18B (child on child) and 18C
/// (adult on child); a 18A sent (in any case) is queried.
/// </summary>
public sealed class Rule8945Q : ChildRule
{
    public override string Code => "8945Q";
    public override string Message => "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .SelectMany(d => d.Assessments)
            .SelectMany(a => a.Factors)
            .Where(f => string.Equals(f, "18A", StringComparison.OrdinalIgnoreCase))
            .Select(f => Finding(child, CensusTable.Assessments, CensusField.AssessmentFactors, f));
}
