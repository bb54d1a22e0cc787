namespace Hearth.Core.Returns.Ssda903;

/// <summary>One cell a 903 rule flags: the child, the rule, the table, the row in it, the column and the value sent.</summary>
public sealed record Ssda903Finding(string? Child, string RuleCode, string Table, int Row, string Field, string? Value)
{
    public Guid? PersonId { get; init; }
    public string Message { get; init; } = "";
}
