namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>116: the date of the decision that the child should no longer be placed for adoption (PlacedAdoption DATE_PLACED_CEASED), when given, must be a real date.</summary>
public sealed class Rule116 : Ssda903Rule
{
    public override string Code => "116";
    public override string Message => "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidDates(context.Current.PlacedAdoption, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED_CEASED), p => p.DATE_PLACED_CEASED);
}
