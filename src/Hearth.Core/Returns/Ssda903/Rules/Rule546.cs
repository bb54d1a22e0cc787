namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>546: a child aged 5 or over at 31 March should have no health promotion information (HEALTH_CHECK). Only children looked after all year (see <see cref="ContinuousCare.ContinuouslyLookedAfter"/>).</summary>
public sealed class Rule546 : CareHistoryRule
{
    public override string Code => "546";
    public override string Message => "Children aged 5 or over at 31 March should not have health promotion information completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        return context.Current.Oc2
            .Where(r => ChildrenInReturn.AgeAt(r.DOB, context.CollectionEnd) >= 5 && !Ssda903Values.IsBlank(r.HEALTH_CHECK) && r.In(cohort))
            .SelectMany(r => this.Cells(r, Ssda903Table.Oc2, nameof(Oc2Row.DOB), nameof(Oc2Row.HEALTH_CHECK)));
    }
}
