using Hearth.Core.LookedAfter;

namespace Hearth.Core.CareLeavers;

/// <summary>The care leaver categories of the Children Act 1989 (timescales.md section 8).</summary>
public enum CareLeaverCategory
{
    None,

    /// <summary>CA89 Sch 2 para 19B; CPPCR 2010 reg 40: 16 or 17, looked after, 13 weeks or more since 14 ending after 16.</summary>
    Eligible,

    /// <summary>CA89 s23A; Care Leavers (England) Regs 2010 reg 3: 16 or 17, was eligible, no longer looked after.</summary>
    Relevant,

    /// <summary>CA89 s23C: 18 to 21 (to 25 in education or taking up adviser services, s23CA, s23CZB), was eligible or relevant.</summary>
    FormerRelevant,

    /// <summary>CA89 s24: 16 to 21, looked after at some time after 16 but not eligible.</summary>
    Qualifying,
}

/// <summary>A care leaver status on a date, why, and the day the child first became eligible (if they ever did).</summary>
public sealed record CareLeaverDetermination(CareLeaverCategory Category, string Reason, DateOnly? EligibleFrom, int DaysLookedAfterSince14);

/// <summary>
/// Works out a young person's care leaver status on a date from their date of birth and periods of care. Pure: the
/// Care leaver tab, its clock projection and the SSDA903 OC3 cohort read the same answer.
/// </summary>
/// <remarks>
/// A child is looked after on day d of a period when StartDate &lt;= d &lt; EndDate (the day the period ends is the
/// first day not looked after, as DECOM and DEC count in the SSDA903), so a period of 91 days is 13 weeks exactly.
/// Days under a short-break legal status (V3, V4: CPPCR 2010 reg 48) do not count and do not make the child looked
/// after for these purposes: CPPCR 2010 reg 40(2) takes a child in a pre-planned series of short breaks out of the
/// eligible children. Birthdays are <see cref="DateOnly.AddYears"/> of the date of birth, as Person.AgeOn counts age.
/// Not modelled: a relevant child who has gone home to a parent for 6 months (Care Leavers Regs 2010 reg 3(3)),
/// and a 16 or 17 year old detained or in hospital on their 16th birthday (reg 3(2)).
/// </remarks>
public static class CareLeaverStatus
{
    /// <summary>CPPCR 2010 reg 40(1): 13 weeks, which may be several periods, beginning after the 14th birthday.</summary>
    public const int EligibilityDays = 13 * 7;

    /// <summary>CA89 s23C(6), s24: duties run until 21; to 25 for a young person in education or taking up PA services (s23CA, s23CZB).</summary>
    public const int UpperAge = 21;

    public const int ExtendedUpperAge = 25;

    private static readonly HashSet<string> ShortBreaks = ["V3", "V4"];

    /// <param name="extendedTo25">True when the young person is in education or receiving personal adviser services after 21.</param>
    public static CareLeaverDetermination Of(DateOnly dateOfBirth, IEnumerable<CarePeriod> periods, DateOnly on, bool extendedTo25 = false)
    {
        var fourteen = dateOfBirth.AddYears(14);
        // Days from the 14th birthday up to and including the date: nothing before 14 counts, and whether a period
        // goes on after the date does not change the answer on it.
        var days = LookedAfterDays(periods, on.AddDays(1), fourteen).ToList();
        var sixteen = dateOfBirth.AddYears(16);
        var eighteen = dateOfBirth.AddYears(18);
        var upper = dateOfBirth.AddYears(extendedTo25 ? ExtendedUpperAge : UpperAge);
        var since14 = days.Count(d => d >= fourteen && d <= on);

        // The day the 13 weeks since 14 were complete, if the child was then 16 or 17 and still looked after.
        DateOnly? eligibleFrom = null;
        var counted = 0;
        foreach (var day in days.Where(d => d >= fourteen && d < eighteen))
        {
            counted++;
            if (counted >= EligibilityDays && day >= sixteen)
            {
                eligibleFrom = day;
                break;
            }
        }
        if (eligibleFrom > on)
        {
            eligibleFrom = null;
        }

        var weeks = $"{since14 / 7} week{(since14 / 7 == 1 ? "" : "s")}" + (since14 % 7 == 0 ? "" : $" and {since14 % 7} day{(since14 % 7 == 1 ? "" : "s")}");
        var lookedAfterNow = days.BinarySearch(on) >= 0;
        if (on < sixteen)
        {
            return new(CareLeaverCategory.None, "Under 16: care leaver duties begin at 16 (CA89 Sch 2 para 19B).", null, since14);
        }
        if (on >= upper)
        {
            var reason = extendedTo25
                ? "25 or over: leaving care duties have ended (CA89 s23CA, s23CZB)."
                : "21 or over: leaving care duties end at 21 unless the young person is in education or asks for a personal adviser to 25 (CA89 s23C, s23CA, s23CZB).";
            return new(CareLeaverCategory.None, reason, eligibleFrom, since14);
        }
        if (on < eighteen)
        {
            if (lookedAfterNow && eligibleFrom is not null)
            {
                return new(CareLeaverCategory.Eligible,
                    $"Eligible: 16 or 17, looked after now, and looked after for {weeks} since their 14th birthday, which is 13 weeks or more (CA89 Sch 2 para 19B; CPPCR 2010 reg 40).",
                    eligibleFrom, since14);
            }
            if (eligibleFrom is not null)
            {
                return new(CareLeaverCategory.Relevant,
                    $"Relevant: 16 or 17, eligible from {eligibleFrom:d MMMM yyyy} and no longer looked after (CA89 s23A; Care Leavers (England) Regs 2010 reg 3).",
                    eligibleFrom, since14);
            }
            if (lookedAfterNow)
            {
                return new(CareLeaverCategory.None,
                    $"Not yet eligible: looked after for {weeks} since their 14th birthday, fewer than 13 weeks (CPPCR 2010 reg 40).", null, since14);
            }
        }
        else if (eligibleFrom is not null)
        {
            return new(CareLeaverCategory.FormerRelevant,
                $"Former relevant: {(extendedTo25 ? "18 to 24 and in education or receiving personal adviser services" : "18 to 20")}, and eligible from {eligibleFrom:d MMMM yyyy} before turning 18 (CA89 s23C).",
                eligibleFrom, since14);
        }
        else if (lookedAfterNow)
        {
            return new(CareLeaverCategory.None, "Looked after at 18 or over without having been eligible.", null, since14);
        }

        // CA89 s24(1A)(b): looked after at any time after 16, while a child, and no longer.
        var lastAfter16 = days.Where(d => d >= sixteen && d < eighteen && d <= on).Select(d => (DateOnly?)d).LastOrDefault();
        if (lastAfter16 is { } last)
        {
            return new(CareLeaverCategory.Qualifying,
                $"Qualifying: looked after after their 16th birthday (last on {last:d MMMM yyyy}) for {weeks} since 14, fewer than the 13 weeks that make a child eligible (CA89 s24).",
                null, since14);
        }
        return new(CareLeaverCategory.None, "Not looked after on or after their 16th birthday.", null, since14);
    }

    /// <summary>Every day from <paramref name="from"/> and before <paramref name="until"/> the child was looked after, in order, short breaks left out.</summary>
    public static IEnumerable<DateOnly> LookedAfterDays(IEnumerable<CarePeriod> periods, DateOnly until, DateOnly from = default)
    {
        var all = new SortedSet<DateOnly>();
        foreach (var period in periods)
        {
            var end = period.EndDate is { } ended && ended < until ? ended : until;
            var statuses = period.LegalStatuses.OrderBy(s => s.From).ToList();
            for (var day = period.StartDate > from ? period.StartDate : from; day < end; day = day.AddDays(1))
            {
                var status = statuses.LastOrDefault(s => s.From <= day);
                if (status is not null && ShortBreaks.Contains(status.Code.Trim().ToUpperInvariant()))
                {
                    continue;
                }
                all.Add(day);
            }
        }
        return all;
    }
}
