namespace Hearth.Core.Statutory;

/// <summary>
/// England and Wales bank holidays: the standing rules, plus one-off days as data.
/// </summary>
/// <remarks>
/// Range, and why: the rules are computed for any year from <see cref="FirstYear"/> (1978, the first
/// year of the Early May bank holiday, so the first year the current set of rules is complete) to
/// 9999. Throwing after 2040 would break any clock that runs past it (a 75-year retention date, a
/// child born this year), and the standing rules are the best forecast there is. One-off days,
/// though, cannot be known in advance: <see cref="OneOffDays"/> lists every one proclaimed from 1978 up
/// to the 2023 coronation, and none has been announced for later years up to 2040. When a new one is
/// proclaimed it is one new row in <see cref="OneOffDays"/>; obligations are derived, so every clock
/// picks it up on the next read.
/// </remarks>
public static class EnglandAndWalesBankHolidays
{
    public const int FirstYear = 1978;
    public const int LastYear = 9999;

    /// <summary>
    /// Days moved or added by royal proclamation (Banking and Financial Dealings Act 1971 s1(3)),
    /// as published on gov.uk/bank-holidays.
    /// </summary>
    public static IReadOnlyList<OneOffBankHoliday> OneOffDays { get; } =
    [
        new(new DateOnly(1981, 7, 29), "Royal wedding", null),
        new(new DateOnly(1995, 5, 8), "Early May bank holiday (VE day)", new DateOnly(1995, 5, 1)),
        new(new DateOnly(1999, 12, 31), "Millennium celebrations", null),
        new(new DateOnly(2002, 6, 3), "Queen's Golden Jubilee", null),
        new(new DateOnly(2002, 6, 4), "Spring bank holiday", new DateOnly(2002, 5, 27)),
        new(new DateOnly(2011, 4, 29), "Royal wedding", null),
        new(new DateOnly(2012, 6, 4), "Spring bank holiday", new DateOnly(2012, 5, 28)),
        new(new DateOnly(2012, 6, 5), "Queen's Diamond Jubilee", null),
        new(new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)", new DateOnly(2020, 5, 4)),
        new(new DateOnly(2022, 6, 2), "Spring bank holiday", new DateOnly(2022, 5, 30)),
        new(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday", null),
        new(new DateOnly(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", null),
        new(new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III", null),
    ];

    // Holidays are needed on every working-day step of every clock, so each year is computed once.
    // Racing threads compute identical arrays, so a lost race costs nothing but a little work.
    private static readonly BankHoliday[]?[] Cache = new BankHoliday[]?[LastYear - FirstYear + 1];

    public static bool IsBankHoliday(DateOnly date)
    {
        foreach (var holiday in For(date.Year))
        {
            if (holiday.Date == date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The holiday on <paramref name="date"/>, or null if it is not one.</summary>
    public static BankHoliday? Find(DateOnly date)
    {
        foreach (var holiday in For(date.Year))
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }

        return null;
    }

    /// <summary>The days off in <paramref name="year"/>, in date order, as gov.uk lists them.</summary>
    public static IReadOnlyList<BankHoliday> HolidaysIn(int year) => Array.AsReadOnly(For(year));

    /// <summary>Easter Sunday by the Gregorian computus (the anonymous algorithm, as given by Meeus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static BankHoliday[] For(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                $"England and Wales bank holidays are known from {FirstYear} (the first year of the Early May bank holiday) onwards.");
        }

        ref var slot = ref Cache[year - FirstYear];
        return slot ??= Compute(year);
    }

    private static BankHoliday[] Compute(int year)
    {
        var days = new List<BankHoliday>(10);

        // 1 January comes by annual royal proclamation; the proclamation substitutes the next Monday.
        var newYear = new DateOnly(year, 1, 1);
        days.Add(newYear.DayOfWeek switch
        {
            DayOfWeek.Saturday => new BankHoliday(newYear.AddDays(2), "New Year's Day", IsSubstituteDay: true),
            DayOfWeek.Sunday => new BankHoliday(newYear.AddDays(1), "New Year's Day", IsSubstituteDay: true),
            _ => new BankHoliday(newYear, "New Year's Day"),
        });

        // Good Friday is a common-law holiday; Easter Monday is in BFDA 1971 Sch 1 para 1.
        var easter = EasterSunday(year);
        days.Add(new BankHoliday(easter.AddDays(-2), "Good Friday"));
        days.Add(new BankHoliday(easter.AddDays(1), "Easter Monday"));

        // The first Monday in May comes by annual royal proclamation (since 1978).
        days.Add(new BankHoliday(FirstMonday(year, 5), "Early May bank holiday"));

        // BFDA 1971 Sch 1 para 1: the last Monday in May and the last Monday in August.
        days.Add(new BankHoliday(LastMonday(year, 5), "Spring bank holiday"));
        days.Add(new BankHoliday(LastMonday(year, 8), "Summer bank holiday"));

        AddChristmas(days, year);
        ApplyOneOffDays(days, year);

        days.Sort((x, y) => x.Date.CompareTo(y.Date));
        return [.. days];
    }

    private static void AddChristmas(List<BankHoliday> days, int year)
    {
        var christmas = new DateOnly(year, 12, 25);

        // Christmas Day is a common-law holiday; BFDA 1971 Sch 1 para 1 gives 26 December if not a
        // Sunday and 27 December if 25 or 26 December is a Sunday; the Saturday cases come by proclamation.
        switch (christmas.DayOfWeek)
        {
            case DayOfWeek.Friday:
                days.Add(new BankHoliday(christmas, "Christmas Day"));
                days.Add(new BankHoliday(new DateOnly(year, 12, 28), "Boxing Day", IsSubstituteDay: true));
                break;
            case DayOfWeek.Saturday:
                days.Add(new BankHoliday(new DateOnly(year, 12, 27), "Christmas Day", IsSubstituteDay: true));
                days.Add(new BankHoliday(new DateOnly(year, 12, 28), "Boxing Day", IsSubstituteDay: true));
                break;
            case DayOfWeek.Sunday:
                days.Add(new BankHoliday(new DateOnly(year, 12, 26), "Boxing Day"));
                days.Add(new BankHoliday(new DateOnly(year, 12, 27), "Christmas Day", IsSubstituteDay: true));
                break;
            default:
                days.Add(new BankHoliday(christmas, "Christmas Day"));
                days.Add(new BankHoliday(new DateOnly(year, 12, 26), "Boxing Day"));
                break;
        }
    }

    private static void ApplyOneOffDays(List<BankHoliday> days, int year)
    {
        foreach (var oneOff in OneOffDays)
        {
            if (oneOff.Date.Year != year)
            {
                continue;
            }

            if (oneOff.Replaces is { } replaced)
            {
                days.RemoveAll(d => d.Date == replaced);
            }

            days.RemoveAll(d => d.Date == oneOff.Date);
            days.Add(new BankHoliday(oneOff.Date, oneOff.Name));
        }
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7;
        return last.AddDays(-offset);
    }
}
