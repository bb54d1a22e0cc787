namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// One DfE SSDA903 validation rule (ssda903-rules-2026-27.tsv), one class each, named for its code
/// (<c>Rule101</c>, <c>Rule503A</c>, <c>RuleINT01</c>, <c>RuleSW17STG2</c>).
/// </summary>
public abstract class Ssda903Rule
{
    /// <summary>The DfE code exactly as listed: "101", "197a", "503A", "INT01", "SW17STG2", "EPI".</summary>
    public abstract string Code { get; }

    /// <summary>The DfE's wording of the rule.</summary>
    public abstract string Message { get; }

    public abstract IEnumerable<Ssda903Finding> Check(Ssda903Context context);

    protected Ssda903Finding Finding(Ssda903Row row, string table, string field, string? value) =>
        this.Cell(row, table, field, value);
}
