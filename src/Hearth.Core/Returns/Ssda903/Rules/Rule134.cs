namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>134: a child with care leaver (OC3) data must not also have adoption (AD1) data. Flags the filled AD1 cells.</summary>
public sealed class Rule134 : Ssda903Rule
{
    public override string Code => "134";
    public override string Message => "Data on adoption should not be entered for the OC3 cohort.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var careLeavers = context.Current.Oc3
            .Where(o => o.CHILD.IsFilled() && FindingCells.LeavingCareCells(o).AnyFilled())
            .Select(o => o.CHILD!.Trim())
            .ToHashSet();
        return context.Current.Ad1
            .Where(a => a.In(careLeavers))
            .SelectMany(a => this.Cells(a, Ssda903Table.Ad1, FindingCells.AdoptionCells(a), Ssda903Values.IsFilled));
    }
}
