namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT18: the DOB in UASC must be the DOB in Header (compared as dates, only when both are readable); flags the UASC DOB.</summary>
public sealed class RuleINT18() : DiffersFromHeaderRule<UascRow>(Ssda903Table.Uasc, nameof(UascRow.DOB), r => r.Uasc, row => row.DOB, h => h.DOB)
{
    public override string Code => "INT18";
    public override string Message => "Internal Check: DOB in UASC is different to DOB in Header.";
}
