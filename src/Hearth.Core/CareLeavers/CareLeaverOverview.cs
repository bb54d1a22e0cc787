using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.CareLeavers;

/// <summary>Whether a contact was recorded in the window around one birthday from 17 to 21.</summary>
public sealed record BirthdayContact(int Age, DateOnly Birthday, DateOnly WindowOpens, DateOnly WindowCloses, CareLeaverContact? Contact, bool Reported)
{
    public bool WindowOpen(DateOnly today) => today >= WindowOpens && today <= WindowCloses;

    public bool WindowClosed(DateOnly today) => today > WindowCloses;
}

/// <summary>What the Care leaver tab shows.</summary>
public sealed record CareLeaverRecord(
    DateOnly? DateOfBirth,
    CareLeaverDetermination? Status,
    DateOnly? NeedsAssessmentDue,
    DateOnly? NeedsAssessmentDone,
    DateOnly? PathwayPlanReviewDue,
    IReadOnlyList<PathwayPlanEntry> PathwayPlans,
    IReadOnlyList<PersonalAdviserAllocation> Advisers,
    IReadOnlyList<StayingPutArrangement> StayingPut,
    IReadOnlyList<CareLeaverContact> Contacts,
    IReadOnlyList<BirthdayContact> Birthdays)
{
    public PersonalAdviserAllocation? CurrentAdviser => Advisers.FirstOrDefault(a => a.To is null);

    public StayingPutArrangement? CurrentStayingPut => StayingPut.FirstOrDefault(s => s.EndedOn is null);
}

/// <summary>
/// Loads a young person's care leaver record and works out what is due: the needs assessment within 3 months of
/// becoming eligible (CPPCR 2010 reg 42: by 16 years 3 months for a child eligible at 16), the pathway plan review
/// at least every 6 months (reg 43; Care Leavers (England) Regs 2010), and contact around each birthday from 17 to 21
/// for the SSDA903 OC3 table (<see cref="CareLeaverContacts"/>).
/// </summary>
public sealed class CareLeaverOverview(HearthDbContext db)
{
    public const int ReviewMonths = 6;
    public const int NeedsAssessmentMonths = 3;

    public async Task<CareLeaverRecord> ForAsync(Guid personId, DateOnly today, CancellationToken ct = default)
    {
        var dob = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.DateOfBirth).SingleOrDefaultAsync(ct);
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Where(p => p.PersonId == personId).ToListAsync(ct);
        var plans = await db.PathwayPlans.AsNoTracking().Where(p => p.PersonId == personId).OrderByDescending(p => p.On).ThenByDescending(p => p.RecordedAt).ToListAsync(ct);
        var advisers = await db.PersonalAdvisers.AsNoTracking().Where(a => a.PersonId == personId).OrderByDescending(a => a.From).ToListAsync(ct);
        var stayingPut = await db.StayingPutArrangements.AsNoTracking().Where(s => s.PersonId == personId).OrderByDescending(s => s.StartedOn).ToListAsync(ct);
        var contacts = await db.CareLeaverContacts.AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.ContactOn).ThenByDescending(c => c.RecordedAt).ToListAsync(ct);
        if (dob is not { } born)
        {
            return new(null, null, null, null, null, plans, advisers, stayingPut, contacts, []);
        }
        var status = CareLeaverStatus.Of(born, periods, today, ExtendedTo25(born, advisers, today));
        var assessed = plans.Where(p => p.Stage == PathwayPlanStage.NeedsAssessment).Select(p => (DateOnly?)p.On).Min();
        var lastPlan = plans.Where(p => p.Stage is PathwayPlanStage.PlanAgreed or PathwayPlanStage.PlanReviewed).Select(p => (DateOnly?)p.On).Max();
        var inService = status.Category != CareLeaverCategory.None;
        var birthdays = CareLeaverContacts.ReportedAges.Select(age =>
        {
            var (opens, closes) = CareLeaverContacts.Window(born, age);
            var birthday = CareLeaverContacts.Birthday(born, age);
            var onBirthday = CareLeaverStatus.Of(born, periods, birthday, ExtendedTo25(born, advisers, birthday)).Category;
            return new BirthdayContact(age, birthday, opens, closes, CareLeaverContacts.ForBirthday(contacts, born, age),
                onBirthday is CareLeaverCategory.Relevant or CareLeaverCategory.FormerRelevant);
        }).ToList();
        return new(born, status,
            status.EligibleFrom?.AddMonths(NeedsAssessmentMonths), assessed,
            inService && lastPlan is { } last ? last.AddMonths(ReviewMonths) : null,
            plans, advisers, stayingPut, contacts, birthdays);
    }

    /// <summary>
    /// Former relevant duties run to 25 for a young person in education or who asks for a personal adviser
    /// (CA89 s23CA, s23CZB). Hearth does not record education separately, so an adviser still allocated after the
    /// 21st birthday is what says the young person is still receiving services.
    /// </summary>
    public static bool ExtendedTo25(DateOnly dateOfBirth, IEnumerable<PersonalAdviserAllocation> advisers, DateOnly on) =>
        on >= dateOfBirth.AddYears(CareLeaverStatus.UpperAge)
        && advisers.Any(a => a.From <= on && (a.To is null || a.To >= on) && a.From >= dateOfBirth.AddYears(16));
}
