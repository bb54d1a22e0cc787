namespace Hearth.Core.LookedAfter.Figures;

/// <summary>
/// Care leavers aged 19 to 21 in touch, in education, employment or training, and in suitable accommodation, as the
/// DfE publishes them from the OC3 table: the young people whose 19th, 20th or 21st birthday fell in the year and who
/// were looked after for at least 13 weeks after their 14th birthday, some of it after their 16th (former relevant
/// children, Care Leavers (England) Regs 2010). Each is judged on the contact around that birthday: from three months
/// before to one month after it (SSDA903 guide; timescales.md section 8), the contact nearest the birthday. With no
/// contact in that window the young person is in the cohort and in none of the numerators.
/// </summary>
internal static class CareLeaverFigures
{
    public static IEnumerable<Figure> Compute(FigureRecord record, DateOnly asAt, DateOnly from)
    {
        var periods = record.Periods.ToLookup(p => p.PersonId);
        var contacts = record.Contacts.ToLookup(c => c.PersonId);
        var cohort = new List<Guid>();
        var inTouch = new List<Guid>();
        var eet = new List<Guid>();
        var suitable = new List<Guid>();
        foreach (var child in record.Children)
        {
            if (child.DateOfBirth is not { } dob || !FormerRelevant(dob, periods[child.PersonId], asAt))
            {
                continue;
            }
            var birthday = new[] { 19, 20, 21 }.Select(age => dob.AddYears(age)).Where(b => b >= from && b <= asAt).Cast<DateOnly?>().FirstOrDefault();
            if (birthday is not { } day)
            {
                continue;
            }
            cohort.Add(child.PersonId);
            var contact = contacts[child.PersonId]
                .Where(c => c.ContactOn >= day.AddMonths(-3) && c.ContactOn <= day.AddMonths(1) && c.ContactOn <= asAt)
                .OrderBy(c => Math.Abs(c.ContactOn.DayNumber - day.DayNumber)).ThenByDescending(c => c.ContactOn)
                .FirstOrDefault();
            if (contact is null)
            {
                continue;
            }
            // IN_TOUCH YES: the authority is in touch (NO, REFU, NREQ, RHOM and DIED are not).
            if (contact.InTouch.Trim() == "YES")
            {
                inTouch.Add(child.PersonId);
            }
            // ACTIV F1 to F5 full-time and P1 to P5 part-time education, employment or training; G4 to G6 are NEET.
            if (contact.Activity?.Trim() is { Length: > 0 } activity && activity[0] is 'F' or 'P')
            {
                eet.Add(child.PersonId);
            }
            // ACCOM: the type letter, then 1 suitable or 2 unsuitable.
            if (contact.Accommodation?.Trim() is { Length: 2 } accommodation && accommodation[1] == '1')
            {
                suitable.Add(child.PersonId);
            }
        }
        yield return Figure.Of(LookedAfterFigures.CareLeaversInTouch, "Care leavers aged 19 to 21 in touch",
            "Care leavers whose 19th, 20th or 21st birthday fell in the year with whom the authority was in touch around that birthday (SSDA903 OC3 IN_TOUCH YES).",
            inTouch, cohort);
        yield return Figure.Of(LookedAfterFigures.CareLeaversInEet, "Care leavers aged 19 to 21 in education, employment or training",
            "Care leavers whose 19th, 20th or 21st birthday fell in the year in education, employment or training around that birthday (SSDA903 OC3 ACTIV F1 to F5 or P1 to P5).",
            eet, cohort);
        yield return Figure.Of(LookedAfterFigures.CareLeaversSuitablyAccommodated, "Care leavers aged 19 to 21 in suitable accommodation",
            "Care leavers whose 19th, 20th or 21st birthday fell in the year in accommodation judged suitable around that birthday (SSDA903 OC3 ACCOM ending 1).",
            suitable, cohort);
    }

    /// <summary>Looked after for at least 13 weeks (91 days) after the 14th birthday, some of it after the 16th.</summary>
    private static bool FormerRelevant(DateOnly dob, IEnumerable<FigurePeriod> periods, DateOnly asAt)
    {
        var fourteen = dob.AddYears(14);
        var sixteen = dob.AddYears(16);
        var eighteen = dob.AddYears(18);
        var days = 0;
        var after16 = false;
        foreach (var period in periods)
        {
            var start = period.Start > fourteen ? period.Start : fourteen;
            var end = new[] { period.End ?? asAt.AddDays(1), eighteen, asAt.AddDays(1) }.Min();
            if (end > start)
            {
                days += end.DayNumber - start.DayNumber;
            }
            after16 |= period.Start < eighteen && (period.End ?? asAt.AddDays(1)) > sixteen && period.Start <= asAt;
        }
        return days >= 91 && after16;
    }
}
