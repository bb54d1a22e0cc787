namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT06: a child in OC3 must also be in Header; flags the OC3 row's CHILD.</summary>
public sealed class RuleINT06() : ChildNotInHeaderRule(Ssda903Table.Oc3, r => r.Oc3)
{
    public override string Code => "INT06";
    public override string Message => "Internal Check: Child in OC3 does not exist in Header.";
}
