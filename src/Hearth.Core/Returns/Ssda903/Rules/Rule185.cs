namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>185: only a child looked after continuously for 12 months at 31 March (the OC2 cohort) has an SDQ score. Flags SDQ_SCORE.</summary>
public sealed class Rule185 : Ssda903Rule
{
    public override string Code => "185";
    public override string Message => "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        return context.Current.Oc2
            .Where(o => o.SDQ_SCORE.IsFilled() && !o.In(cohort))
            .Select(o => Finding(o, Ssda903Table.Oc2, nameof(Oc2Row.SDQ_SCORE), o.SDQ_SCORE));
    }
}
