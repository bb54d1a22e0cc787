namespace Hearth.Core.CareLeavers;

/// <summary>
/// Which contact counts for a care leaver's birthday. The SSDA903 OC3 table reports, for each young person at their
/// 17th to 21st birthday in the year, whether the authority was in touch, their activity and accommodation "around"
/// the birthday (DfE SSDA903 guide; timescales.md section 8). The window is believed to run from 3 months before
/// the birthday to 1 month after it; the guide is to be checked each year, so it is one constant here, used by the
/// Care leaver tab, the in-touch clock and the 903 builder alike.
/// </summary>
public static class CareLeaverContacts
{
    /// <summary>Months before the birthday the window opens (DfE SSDA903 guide, believed; verify each year).</summary>
    public const int WindowMonthsBefore = 3;

    /// <summary>Months after the birthday the window closes (DfE SSDA903 guide, believed; verify each year).</summary>
    public const int WindowMonthsAfter = 1;

    /// <summary>The birthdays OC3 asks about.</summary>
    public static readonly IReadOnlyList<int> ReportedAges = [17, 18, 19, 20, 21];

    public static DateOnly Birthday(DateOnly dateOfBirth, int age) => dateOfBirth.AddYears(age);

    /// <summary>
    /// The reported birthday (17th to 21st) that falls from <paramref name="from"/> to <paramref name="to"/>, with the
    /// age, if any: there is at most one in a collection year. 29 February births have theirs on 28 February in other
    /// years, as AddYears gives.
    /// </summary>
    public static (DateOnly Birthday, int Age)? BirthdayBetween(DateOnly? dateOfBirth, DateOnly from, DateOnly to)
    {
        if (dateOfBirth is not { } dob)
        {
            return null;
        }
        foreach (var age in ReportedAges)
        {
            var birthday = Birthday(dob, age);
            if (birthday >= from && birthday <= to)
            {
                return (birthday, age);
            }
        }
        return null;
    }

    /// <summary>The first and last day of the window around the birthday, both inclusive.</summary>
    public static (DateOnly Opens, DateOnly Closes) Window(DateOnly dateOfBirth, int age)
    {
        var birthday = Birthday(dateOfBirth, age);
        return (birthday.AddMonths(-WindowMonthsBefore), birthday.AddMonths(WindowMonthsAfter));
    }

    /// <summary>
    /// The contact nearest the birthday within its window, or null. Of two equally near, the one on or after the
    /// birthday wins (it says where the young person is at that age), then the later recorded.
    /// </summary>
    public static CareLeaverContact? ForBirthday(IEnumerable<CareLeaverContact> contacts, DateOnly dateOfBirth, int age)
    {
        var birthday = Birthday(dateOfBirth, age);
        var (opens, closes) = Window(dateOfBirth, age);
        return contacts
            .Where(c => c.ContactOn >= opens && c.ContactOn <= closes)
            .OrderBy(c => Math.Abs(c.ContactOn.DayNumber - birthday.DayNumber))
            .ThenByDescending(c => c.ContactOn >= birthday)
            .ThenByDescending(c => c.RecordedAt)
            .FirstOrDefault();
    }
}
