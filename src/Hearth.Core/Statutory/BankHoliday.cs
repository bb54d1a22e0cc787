namespace Hearth.Core.Statutory;

/// <summary>
/// A day off in England and Wales, named as on gov.uk/bank-holidays. A substitute day (for
/// 1 January, 25 or 26 December falling at a weekend) carries the name of the day it stands for.
/// </summary>
public sealed record BankHoliday(DateOnly Date, string Name, bool IsSubstituteDay = false);
