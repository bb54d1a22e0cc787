namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>190: a child not in the OC2 cohort (not looked after continuously for 12 months at 31 March) has none of the eight OC2 0/1 items. Flags the filled ones.</summary>
public sealed class Rule190 : Ssda903Rule
{
    public override string Code => "190";
    public override string Message => "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        return context.Current.Oc2
            .Where(o => !o.In(cohort))
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2, FindingCells.HealthCells(o), Ssda903Values.IsFilled));
    }
}
