namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8945Q: the withdrawn factor 18A (physical abuse) is queried; 18B or 18C should be used.</summary>
public sealed class Rule8945Q() : WithdrawnAssessmentFactorRule("18A")
{
    public override string Code => "8945Q";
    public override string Message => "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)";
}
