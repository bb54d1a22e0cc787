namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT05: a child in OC2 must also be in Header; flags the OC2 row's CHILD.</summary>
public sealed class RuleINT05() : ChildNotInHeaderRule(Ssda903Table.Oc2, r => r.Oc2)
{
    public override string Code => "INT05";
    public override string Message => "Internal Check: Child in OC2 does not exist in Header.";
}
