namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT17: the DOB in Reviews must be the DOB in Header (compared as dates, only when both are readable); flags the Reviews DOB.</summary>
public sealed class RuleINT17() : DiffersFromHeaderRule<ReviewRow>(Ssda903Table.Reviews, nameof(ReviewRow.DOB), r => r.Reviews, row => row.DOB, h => h.DOB)
{
    public override string Code => "INT17";
    public override string Message => "Internal Check: DOB in Reviews is different to DOB in Header.";
}
