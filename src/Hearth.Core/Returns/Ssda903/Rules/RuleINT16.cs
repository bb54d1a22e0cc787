namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT16: the DOB in PrevPerm must be the DOB in Header (compared as dates, only when both are readable); flags the PrevPerm DOB.</summary>
public sealed class RuleINT16() : DiffersFromHeaderRule<PrevPermRow>(Ssda903Table.PrevPerm, nameof(PrevPermRow.DOB), r => r.PrevPerm, row => row.DOB, h => h.DOB)
{
    public override string Code => "INT16";
    public override string Message => "Internal Check: DOB in PrevPerm is different to DOB in Header.";
}
