namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// A worker's or analyst's reason why a DfE query (a rule ending Q) is right for this child: the
/// census asks authorities to "either amend data or provide a reason". Once explained, the finding
/// stops showing as open, for as long as the flagged value is the same; a changed value is a new
/// question and shows again.
/// </summary>
public sealed class CensusQueryExplanation
{
    public const int MaxReason = 2000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; init; }
    public string RuleCode { get; init; } = "";
    public string Table { get; init; } = "";
    public string Field { get; init; } = "";
    public string? Value { get; init; }
    public string Reason { get; init; } = "";
    public Guid ExplainedById { get; init; }
    public string ExplainedByName { get; init; } = "";
    public DateTime ExplainedAt { get; init; }

    public bool Explains(CensusFinding finding) =>
        finding.PersonId == PersonId && finding.RuleCode == RuleCode && finding.Table == Table
        && finding.Field == Field && finding.Value == Value;
}
