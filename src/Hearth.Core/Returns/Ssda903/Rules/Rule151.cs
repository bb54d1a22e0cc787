namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>151: the six AD1 adoption items are all filled or all blank. Flags all six cells of a partly filled row.</summary>
public sealed class Rule151 : Ssda903Rule
{
    public override string Code => "151";
    public override string Message => "All data items relating to a childs adoption must be coded or left blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Ad1
            .Where(a => FindingCells.AdoptionCells(a).AnyFilled() && FindingCells.AdoptionCells(a).Any(c => c.Value.IsBlank()))
            .SelectMany(a => this.Cells(a, Ssda903Table.Ad1, FindingCells.AdoptionCells(a)));
}
