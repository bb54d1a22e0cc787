namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>187: a child in the OC2 cohort (looked after continuously for 12 months at 31 March) has no adoption (AD1) or care leaver (OC3) data. Flags the filled AD1 and OC3 cells.</summary>
public sealed class Rule187 : Ssda903Rule
{
    public override string Code => "187";
    public override string Message => "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        var adoption = context.Current.Ad1.Where(a => a.In(cohort))
            .SelectMany(a => this.Cells(a, Ssda903Table.Ad1, FindingCells.AdoptionCells(a), Ssda903Values.IsFilled));
        var leavingCare = context.Current.Oc3.Where(o => o.In(cohort))
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc3, FindingCells.LeavingCareCells(o), Ssda903Values.IsFilled));
        return adoption.Concat(leavingCare);
    }
}
