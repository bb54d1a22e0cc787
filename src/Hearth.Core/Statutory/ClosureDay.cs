namespace Hearth.Core.Statutory;

/// <summary>A day an authority closes besides the bank holidays (e.g. a local closure between Christmas and New Year).</summary>
public sealed record ClosureDay(DateOnly Date, string Reason);
