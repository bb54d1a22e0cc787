namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>157: SDQ1 (no SDQ because the child is under 4 or over 16) cannot be the reason for no SDQ score of a child in the OC2 cohort who is 4 or over on 1 April and not yet past their 16th birthday on 31 March. Flags SDQ_REASON and DOB.</summary>
public sealed class Rule157 : Ssda903Rule
{
    public override string Code => "157";
    public override string Message => "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        return context.Current.Oc2
            .Where(o => o.In(cohort) && o.SDQ_SCORE.IsBlank() && o.SDQ_REASON.IsCode("SDQ1")
                && ChildrenInReturn.Birthday(o.DOB, 4) <= context.CollectionStart
                && ChildrenInReturn.Birthday(o.DOB, 16) >= context.CollectionEnd)
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2,
                [(nameof(Oc2Row.SDQ_REASON), o.SDQ_REASON), (nameof(Oc2Row.DOB), o.DOB)]));
    }
}
