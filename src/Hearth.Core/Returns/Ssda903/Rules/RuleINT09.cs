namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT09: a child in UASC must also be in Header; flags the UASC row's CHILD.</summary>
public sealed class RuleINT09() : ChildNotInHeaderRule(Ssda903Table.Uasc, r => r.Uasc)
{
    public override string Code => "INT09";
    public override string Message => "Internal Check: Child in UASC does not exist in Header.";
}
