namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8950Q: the withdrawn factor 19A (sexual abuse) is queried; 19B or 19C should be used.</summary>
public sealed class Rule8950Q() : WithdrawnAssessmentFactorRule("19A")
{
    public override string Code => "8950Q";
    public override string Message => "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)";
}
