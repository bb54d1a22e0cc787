namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// One cell a DfE rule flags: the child, the rule, the module and element, and the value sent. A
/// rule that compares several cells (a referral date against an assessment start) flags each.
/// </summary>
public sealed record CensusFinding(
    string? LaChildId,
    string RuleCode,
    string Table,
    string Field,
    string? Value)
{
    /// <summary>The person on the record, when the child was built from or matched to one.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>Queries (code ending Q) can be explained; everything else is an error the DfE refuses.</summary>
    public bool IsQuery => RuleCode.EndsWith('Q');

    public string Message { get; init; } = "";

    /// <summary>
    /// A finding about the return as a whole (2887Q: fewer than 8 disability codes used), not one
    /// child's cell and not the header: shown apart, as the DfE validator reports them.
    /// </summary>
    public bool IsReturnLevel => LaChildId is null && Table != CensusTable.Header;
}
