namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 198: the SDQ (and a reason for none) belongs only to children looked after continuously for 12
/// months at 31 March (see <see cref="ContinuousCare.ContinuouslyLookedAfter"/>): an OC2
/// SDQ_REASON for any other child is flagged.
/// </summary>
public sealed class Rule198 : Ssda903Rule
{
    public override string Code => "198";
    public override string Message => "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        return context.Current.Oc2
            .Where(o => o.SDQ_REASON.Trimmed() is not null && !cohort.Contains(o.CHILD.Trimmed() ?? ""))
            .Select(o => Finding(o, Ssda903Table.Oc2, "SDQ_REASON", o.SDQ_REASON));
    }
}
