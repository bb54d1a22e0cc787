namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>522: a decision to place for adoption cannot cease before it was made.</summary>
public sealed class Rule522 : CareHistoryRule
{
    public override string Code => "522";
    public override string Message => "Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.PlacedAdoption
            .Where(p => Ssda903Values.Date(p.DATE_PLACED_CEASED) < Ssda903Values.Date(p.DATE_PLACED))
            .SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED), nameof(PlacedAdoptionRow.DATE_PLACED_CEASED)));
}
