namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>186: a child in the OC2 cohort who is 4 or over on 1 April and under 17 on 31 March should have an SDQ score, or a reason for none. Flags SDQ_SCORE. The DfE validator flags a row when either the score or the reason is blank, which would flag every child with a score (197a says the reason is then left blank); this flags only when both are blank.</summary>
public sealed class Rule186 : Ssda903Rule
{
    public override string Code => "186";
    public override string Message => "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        return context.Current.Oc2
            .Where(o => o.In(cohort) && !FindingCells.SdqCells(o).AnyFilled()
                && ChildrenInReturn.Birthday(o.DOB, 4) <= context.CollectionStart
                && ChildrenInReturn.Birthday(o.DOB, 17) > context.CollectionEnd)
            .Select(o => Finding(o, Ssda903Table.Oc2, nameof(Oc2Row.SDQ_SCORE), o.SDQ_SCORE));
    }
}
