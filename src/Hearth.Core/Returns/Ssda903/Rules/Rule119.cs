namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>119: the date of and the reason for the decision that the child should no longer be placed for adoption (PlacedAdoption DATE_PLACED_CEASED, REASON_PLACED_CEASED) go together: both or neither. Flags both cells.</summary>
public sealed class Rule119 : Ssda903Rule
{
    public override string Code => "119";
    public override string Message => "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.PlacedAdoption
            .Where(p => p.DATE_PLACED_CEASED.IsBlank() != p.REASON_PLACED_CEASED.IsBlank())
            .SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption,
            [
                (nameof(PlacedAdoptionRow.DATE_PLACED_CEASED), p.DATE_PLACED_CEASED),
                (nameof(PlacedAdoptionRow.REASON_PLACED_CEASED), p.REASON_PLACED_CEASED),
            ]));
}
