namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// The care leaver contact the OC3 table reports for a birthday from the 17th to the 21st: the one nearest the
/// birthday from 3 months before it to 1 month after (the DfE's SSDA903 guidance on care leavers; timescales.md
/// section 8). Of two equally near, the one before the birthday.
/// </summary>
/// <remarks>
/// MERGE NOTE (issue 6): another branch writes <c>CareLeaverContacts.ForBirthday</c> for the care leaver pages; the lead
/// keeps one rule and points both at it.
/// </remarks>
internal static class CareLeaverBirthdayContact
{
    /// <summary>The care leaver birthdays OC3 asks about.</summary>
    public const int FirstAge = 17;
    public const int LastAge = 21;

    public static DateOnly WindowStart(DateOnly birthday) => birthday.AddMonths(-3);

    public static DateOnly WindowEnd(DateOnly birthday) => birthday.AddMonths(1);

    /// <summary>The 17th to 21st birthday that falls from <paramref name="from"/> to <paramref name="to"/>, if any (there is at most one in a year).</summary>
    public static DateOnly? BirthdayBetween(DateOnly? dateOfBirth, DateOnly from, DateOnly to)
    {
        if (dateOfBirth is not { } dob)
        {
            return null;
        }
        for (var age = FirstAge; age <= LastAge; age++)
        {
            // 29 February births have their birthday on 28 February in other years, as AddYears gives.
            var birthday = dob.AddYears(age);
            if (birthday >= from && birthday <= to)
            {
                return birthday;
            }
        }
        return null;
    }

    /// <summary>The contact nearest <paramref name="birthday"/> in its window, or default when there is none.</summary>
    public static T? Nearest<T>(IEnumerable<T> contacts, Func<T, DateOnly> on, DateOnly birthday) =>
        contacts
            .Where(c => on(c) >= WindowStart(birthday) && on(c) <= WindowEnd(birthday))
            .OrderBy(c => Math.Abs(on(c).DayNumber - birthday.DayNumber))
            .ThenBy(on)
            .FirstOrDefault();
}
