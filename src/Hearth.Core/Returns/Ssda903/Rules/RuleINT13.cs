namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT13: the DOB in Missing must be the DOB in Header (compared as dates, only when both are readable); flags the Missing DOB.</summary>
public sealed class RuleINT13() : DiffersFromHeaderRule<MissingRow>(Ssda903Table.Missing, nameof(MissingRow.DOB), r => r.Missing, row => row.DOB, h => h.DOB)
{
    public override string Code => "INT13";
    public override string Message => "Internal Check: DOB in Missing is different to DOB in Header.";
}
