namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>545: a child under 5 at 31 March needs health promotion information (HEALTH_CHECK). Only children looked after all year (see <see cref="ContinuousCare.ContinuouslyLookedAfter"/>).</summary>
public sealed class Rule545 : CareHistoryRule
{
    public override string Code => "545";
    public override string Message => "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        return context.Current.Oc2
            .Where(r => ChildrenInReturn.AgeAt(r.DOB, context.CollectionEnd) < 5 && Ssda903Values.IsBlank(r.HEALTH_CHECK) && r.In(cohort))
            .SelectMany(r => this.Cells(r, Ssda903Table.Oc2, nameof(Oc2Row.DOB), nameof(Oc2Row.HEALTH_CHECK)));
    }
}
