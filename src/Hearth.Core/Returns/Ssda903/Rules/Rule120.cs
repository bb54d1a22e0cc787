namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>120: the reason the adoption decision was reversed (PlacedAdoption REASON_PLACED_CEASED), when given, must be RD1 to RD4.</summary>
public sealed class Rule120 : Ssda903Rule
{
    public override string Code => "120";
    public override string Message => "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.PlacedAdoption, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.REASON_PLACED_CEASED), p => p.REASON_PLACED_CEASED, Ssda903Codes.ReasonPlacedCeased);
}
