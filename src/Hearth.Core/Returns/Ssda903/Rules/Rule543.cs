namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>543: a child aged 10 or over at 31 March needs conviction information. Only children looked after all year (see <see cref="ContinuousCare.ContinuouslyLookedAfter"/>).</summary>
public sealed class Rule543 : CareHistoryRule
{
    public override string Code => "543";
    public override string Message => "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        return context.Current.Oc2
            .Where(r => ChildrenInReturn.AgeAt(r.DOB, context.CollectionEnd) >= 10 && Ssda903Values.IsBlank(r.CONVICTED) && r.In(cohort))
            .SelectMany(r => this.Cells(r, Ssda903Table.Oc2, nameof(Oc2Row.DOB), nameof(Oc2Row.CONVICTED)));
    }
}
