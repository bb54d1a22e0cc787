using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// The OC3 table: care leavers whose 17th to 21st birthday falls in the collection year, each with the contact nearest
/// that birthday (<see cref="CareLeavers.CareLeaverContacts.ForBirthday"/>), or blank cells when none was recorded (so the return asks for
/// it: rule 153). A care leaver here is someone who had ceased to be looked after by that birthday, other than by
/// adoption or death, having been looked after for at least 13 weeks since their 14th birthday and on or after their
/// 16th (relevant and former relevant children, CA89 s23A and s23C; the DfE rule 1001); or anyone with a care leaver
/// contact in the birthday's window, as an imported care leaver whose care history is not held has.
/// </summary>
internal static class Ssda903CareLeavers
{
    private const int ThirteenWeeks = 91;
    private static readonly HashSet<string> NotCareLeaver = ["E11", "E12", "E2"];

    /// <summary>
    /// The OC3 rows, each with its person; CHILD and DOB are the builder's to fill from the person. A contact in the
    /// month after a March birthday counts for the year just ended (the return is made after it), unless the return is
    /// taken on a day (<paramref name="contactsUntil"/>), when nothing later is known.
    /// </summary>
    public static async Task<List<Oc3Row>> BuildAsync(HearthDbContext db, Guid? personId, DateOnly yearStart, DateOnly asAt,
        DateOnly? contactsUntil, CancellationToken ct)
    {
        // Born so that a 17th to 21st birthday falls in the year.
        var bornFrom = yearStart.AddYears(-CareLeavers.CareLeaverContacts.ReportedAges[^1]);
        var bornTo = asAt.AddYears(-CareLeavers.CareLeaverContacts.ReportedAges[0]);
        var candidates = db.People.AsNoTracking()
            .Where(p => p.MergedIntoId == null && p.DateOfBirth >= bornFrom && p.DateOfBirth <= bornTo)
            .Where(p => db.CarePeriods.Any(c => c.PersonId == p.Id && c.EndDate != null) || db.CareLeaverContacts.Any(c => c.PersonId == p.Id));
        if (personId is { } only)
        {
            candidates = candidates.Where(p => p.Id == only);
        }
        var born = await candidates.Select(p => new { p.Id, p.DateOfBirth }).ToListAsync(ct);
        var ids = candidates.Select(p => p.Id);
        var periods = (await db.CarePeriods.AsNoTracking().Where(c => ids.Contains(c.PersonId))
            .Select(c => new { c.PersonId, c.StartDate, c.EndDate, c.ReasonCeased }).ToListAsync(ct)).ToLookup(c => c.PersonId);
        var contactsFrom = yearStart.AddMonths(-CareLeavers.CareLeaverContacts.WindowMonthsBefore);
        var contacts = (await db.CareLeaverContacts.AsNoTracking().Where(c => ids.Contains(c.PersonId) && c.ContactOn >= contactsFrom)
            .ToListAsync(ct)).ToLookup(c => c.PersonId);

        var rows = new List<Oc3Row>();
        foreach (var person in born)
        {
            if (CareLeavers.CareLeaverContacts.BirthdayBetween(person.DateOfBirth, yearStart, asAt) is not var (birthday, age))
            {
                continue;
            }
            var dob = person.DateOfBirth!.Value;
            // The same contact the Care leaver tab shows for the birthday (one rule for the window and the tie).
            var contact = CareLeavers.CareLeaverContacts.ForBirthday(contacts[person.Id].Where(c => contactsUntil is null || c.ContactOn <= contactsUntil), dob, age);
            var history = periods[person.Id].ToList();
            var leftCare = history.Count > 0
                && history.All(p => p.EndDate is { } end && end <= birthday)
                && history.MaxBy(p => p.StartDate) is { } last
                && !NotCareLeaver.Contains(last.ReasonCeased ?? "")
                && last.EndDate >= dob.AddYears(16)
                && history.Sum(p => DaysFrom(p.StartDate, p.EndDate!.Value, dob.AddYears(14))) >= ThirteenWeeks;
            if (leftCare || contact is not null)
            {
                rows.Add(new Oc3Row
                {
                    PersonId = person.Id,
                    IN_TOUCH = contact?.InTouch is { Length: > 0 } inTouch ? inTouch : null,
                    ACTIV = contact?.Activity,
                    ACCOM = contact?.Accommodation,
                });
            }
        }

        return rows;
    }

    private static int DaysFrom(DateOnly start, DateOnly end, DateOnly from) =>
        Math.Max(0, end.DayNumber - (start > from ? start : from).DayNumber);
}
