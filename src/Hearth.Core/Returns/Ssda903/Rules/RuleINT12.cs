namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT12: the DOB in PlacedAdoption must be the DOB in Header (compared as dates, only when both are readable); flags the PlacedAdoption DOB.</summary>
public sealed class RuleINT12() : DiffersFromHeaderRule<PlacedAdoptionRow>(Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DOB), r => r.PlacedAdoption, row => row.DOB, h => h.DOB)
{
    public override string Code => "INT12";
    public override string Message => "Internal Check: DOB in PlacedAdoption is different to DOB in Header.";
}
