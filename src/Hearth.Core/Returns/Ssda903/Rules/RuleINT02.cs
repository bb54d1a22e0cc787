namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT02: a child in PlacedAdoption must also be in Header; flags the PlacedAdoption row's CHILD.</summary>
public sealed class RuleINT02() : ChildNotInHeaderRule(Ssda903Table.PlacedAdoption, r => r.PlacedAdoption)
{
    public override string Code => "INT02";
    public override string Message => "Internal Check: Child in PlacedAdoption does not exist in Header.";
}
