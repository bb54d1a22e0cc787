namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>153: the three OC3 care leaver items (IN_TOUCH, ACTIV, ACCOM) are all filled or all blank. Flags all three cells of a partly filled row.</summary>
public sealed class Rule153 : Ssda903Rule
{
    public override string Code => "153";
    public override string Message => "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc3
            .Where(o => FindingCells.LeavingCareCells(o).AnyFilled() && FindingCells.LeavingCareCells(o).Any(c => c.Value.IsBlank()))
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc3, FindingCells.LeavingCareCells(o)));
}
