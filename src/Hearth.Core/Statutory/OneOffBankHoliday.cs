namespace Hearth.Core.Statutory;

/// <summary>
/// A bank holiday made by royal proclamation for one year only. <paramref name="Replaces"/> is the
/// date of the regular holiday it moves (2020's Early May holiday moved from 4 to 8 May), or null
/// when it is an extra day (the 2022 State Funeral).
/// </summary>
public sealed record OneOffBankHoliday(DateOnly Date, string Name, DateOnly? Replaces);
