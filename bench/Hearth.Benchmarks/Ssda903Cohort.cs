using Hearth.Core.CareLeavers;
using Hearth.Core.LookedAfter;
using Hearth.Core.People;
using Hearth.Core.People.Identity;
using Hearth.Core.Returns.CinCensus;

namespace Hearth.Benchmarks;

/// <summary>
/// A synthetic county for the SSDA903 benchmark (issue 6): 1,200 children looked after in the 2025-26 collection year
/// and 6,000 care leavers, with ten years of history (periods of care from April 2016), made deterministically from a
/// seed and written straight to the record as Hearth holds it:
/// <list type="bullet">
/// <item>children in care: a period begun at any time in the ten years, section 20 at first, for two in five an interim
/// then a full care order; placements moving every six months to two years with a reason; reviews at 20 working days,
/// 3 months and then 6-monthly; visits every 6 weeks; an initial health assessment and reviews, dental checks and an SDQ
/// each year; one teenager in six missing or away a few times with a return home interview; one in twenty UASC; one in
/// ten of the under-fives with an adoption decision;</item>
/// <item>care leavers: looked after from 14 or 15 until their 18th birthday, then pathway plans 6-monthly, a personal
/// adviser and an in-touch contact on each birthday from 17 to 21 that has passed.</item>
/// </list>
/// The data keeps to the 2026-27 code lists; it is not built to be free of findings (real returns are not).
/// </summary>
public sealed class Ssda903Cohort(int seed)
{
    public const string ReferencePrefix = "LB";
    public const int LaCode = 919;
    public static readonly CensusYear Year = new(2025);
    private static readonly DateOnly HistoryStart = new(2016, 4, 1);

    private static readonly string[] Needs = ["N1", "N1", "N1", "N1", "N2", "N3", "N4", "N4", "N5", "N6", "N7", "N8"];
    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WIRI", "WOTH", "MWBC", "MWBA", "MOTH", "AIND", "APKN", "BAFR", "BCRB", "OOTH"];
    private static readonly string[] Moves = ["CARPL", "CLOSE", "STAND", "APPRR", "CREQB", "CHILD", "LAREQ", "PLACE", "OTHER"];
    private static readonly (string Place, string Provider)[] FosterPlacements = [("U6", "PR1"), ("U6", "PR1"), ("U4", "PR4"), ("U3", "PR1"), ("U1", "PR1")];
    private static readonly (string Place, string Provider)[] TeenPlacements = [("K2", "PR4"), ("K2", "PR1"), ("U6", "PR4"), ("K3", "PR4")];
    private static readonly string[] Postcodes = ["AL1 3JZ", "SG1 2DA", "WD17 1HP", "HP2 4HX", "EN8 9XQ", "LU1 2EY", "CM20 1BD", "SG13 8DE"];
    private static readonly string[] Activities = ["F1", "P1", "F2", "P2", "F4", "G4", "G5", "G6"];
    private static readonly string[] Accommodations = ["B1", "C1", "D1", "E1", "G1", "H2", "K1", "R1", "S1", "T2", "U1", "V1"];

    private readonly Random random = new(seed);
    private readonly HashSet<string> upns = new(StringComparer.Ordinal);
    private readonly DateTime now = new(2026, 4, 20, 9, 0, 0, DateTimeKind.Utc);

    public static string Reference(int index) => $"{ReferencePrefix}{index + 1:000000}";

    /// <summary>What one child brings to the record.</summary>
    public sealed class ChildRecords
    {
        public required Person Person { get; init; }
        public List<CarePeriod> Periods { get; } = [];
        public List<LookedAfterReview> Reviews { get; } = [];
        public List<LookedAfterVisit> Visits { get; } = [];
        public List<HealthEntry> Health { get; } = [];
        public List<MissingEpisode> Missing { get; } = [];
        public List<AdoptionDecision> Adoption { get; } = [];
        public LookedAfterChildProfile? Profile { get; set; }
        public List<CareLeaverContact> Contacts { get; } = [];
        public List<PathwayPlanEntry> PathwayPlans { get; } = [];
        public List<PersonalAdviserAllocation> Advisers { get; } = [];
    }

    /// <summary>Child <paramref name="index"/>: the first <paramref name="inCare"/> are in care in the year, the rest care leavers.</summary>
    /// <remarks>Children must be asked for in order from 0: each draws from the one random sequence.</remarks>
    public ChildRecords Child(int index, int inCare) => index < inCare ? InCare(index) : CareLeaver(index);

    private ChildRecords InCare(int index)
    {
        var yearEnd = Year.End;
        var age = random.NextDouble() < 0.45 ? random.Next(11, 18) : random.Next(0, 11);
        var birth = yearEnd.AddYears(-age - 1).AddDays(random.Next(1, 365));
        var earliest = Later(birth.AddDays(1), HistoryStart);
        var start = earliest.AddDays(random.Next(0, Math.Max(1, yearEnd.AddMonths(-1).DayNumber - earliest.DayNumber)));
        // One in eight leaves care in the year: home, to a special guardian, or adopted if young.
        var leaves = random.NextDouble() < 0.125 && start < yearEnd.AddMonths(-6);
        var end = leaves ? Year.Start.AddDays(random.Next(0, 360)) : (DateOnly?)null;
        var records = New(index, birth);
        var period = Period(records.Person, start, end, age >= 11 ? TeenPlacements : FosterPlacements, leaves ? (age < 5 ? "E12" : "E4A") : null);
        records.Periods.Add(period);
        Reviews(records, period, end ?? yearEnd);
        Visits(records, period, end ?? yearEnd);
        Health(records, period, birth, end ?? yearEnd);
        if (age >= 11 && random.NextDouble() < 1.0 / 6)
        {
            MissingEpisodes(records, period, Later(start, Year.Start), end ?? yearEnd);
        }
        if (age >= 11 && random.NextDouble() < 0.05)
        {
            records.Profile = new LookedAfterChildProfile { PersonId = records.Person.Id, UnaccompaniedAsylumSeeker = true, PreviousPermanence = "Z1" };
        }
        else if (start >= Year.Start)
        {
            records.Profile = new LookedAfterChildProfile { PersonId = records.Person.Id, PreviousPermanence = "Z1" };
        }
        if (age < 5 && random.NextDouble() < 0.1)
        {
            records.Adoption.Add(new AdoptionDecision
            {
                PersonId = records.Person.Id,
                CarePeriodId = period.Id,
                ShouldBePlacedOn = Later(start.AddMonths(4), Year.Start),
                BestInterestDecisionOn = Later(start.AddMonths(4), Year.Start),
            });
        }
        return records;
    }

    private ChildRecords CareLeaver(int index)
    {
        // 18th birthday between April 2016 and March 2026: aged 18 to 27 now, care leavers' services to 21 (or 25).
        var eighteenth = HistoryStart.AddDays(random.Next(0, Year.End.DayNumber - HistoryStart.DayNumber));
        var birth = eighteenth.AddYears(-18);
        var records = New(index, birth);
        var start = birth.AddYears(random.Next(14, 16)).AddDays(random.Next(0, 300));
        var period = Period(records.Person, start, eighteenth, TeenPlacements, random.NextDouble() < 0.3 ? "E17" : "E6");
        records.Periods.Add(period);
        Reviews(records, period, eighteenth);
        Visits(records, period, eighteenth);
        Health(records, period, birth, eighteenth);
        records.Advisers.Add(new PersonalAdviserAllocation
        {
            PersonId = records.Person.Id,
            AdviserName = $"Adviser {random.Next(1, 60)}",
            From = birth.AddYears(16),
            RecordedAt = now,
            RecordedByName = "Bench",
        });
        records.PathwayPlans.Add(new PathwayPlanEntry { PersonId = records.Person.Id, Stage = PathwayPlanStage.NeedsAssessment, On = birth.AddYears(16).AddMonths(2), RecordedAt = now, RecordedByName = "Bench" });
        for (var review = birth.AddYears(16).AddMonths(3); review <= Earlier(Year.End, birth.AddYears(21)); review = review.AddMonths(6))
        {
            records.PathwayPlans.Add(new PathwayPlanEntry { PersonId = records.Person.Id, Stage = PathwayPlanStage.PlanReviewed, On = review, RecordedAt = now, RecordedByName = "Bench" });
        }
        for (var age = 17; age <= 21; age++)
        {
            var birthday = birth.AddYears(age);
            if (birthday > Year.End)
            {
                break;
            }
            var inTouch = random.NextDouble() < 0.9;
            records.Contacts.Add(new CareLeaverContact
            {
                PersonId = records.Person.Id,
                ContactOn = birthday.AddDays(random.Next(-60, 20)),
                InTouch = inTouch ? "YES" : random.NextDouble() < 0.5 ? "NO" : "REFU",
                Activity = inTouch ? Pick(Activities) : null,
                Accommodation = inTouch ? Pick(Accommodations) : null,
                RecordedAt = now,
                RecordedByName = "Bench",
            });
        }
        return records;
    }

    private ChildRecords New(int index, DateOnly birth)
    {
        var person = new Person
        {
            Reference = Reference(index),
            CreatedAt = now,
            DateOfBirth = birth,
            Sex = random.NextDouble() < 0.55 ? "M" : "F",
            EthnicityCode = Pick(Ethnicities),
        };
        if (birth.AddYears(4) <= Year.End)
        {
            person.Upn = Upn();
        }
        else
        {
            person.UpnUnknownReason = "UN1";
        }
        person.Names.Add(new PersonName { PersonId = person.Id, Kind = NameKind.Legal, GivenNames = "Bench", FamilyName = $"Child {index + 1}" });
        return new ChildRecords { Person = person };
    }

    /// <summary>A period from <paramref name="start"/>: section 20, then for two in five an ICO and a full care order; moves with reasons.</summary>
    private CarePeriod Period(Person person, DateOnly start, DateOnly? end, (string Place, string Provider)[] placements, string? reasonCeased)
    {
        var period = new CarePeriod
        {
            PersonId = person.Id,
            StartDate = start,
            CategoryOfNeed = Pick(Needs),
            HomePostcode = Pick(Postcodes),
            EndDate = end,
            ReasonCeased = end is null ? null : reasonCeased,
            RecordedAt = now,
            RecordedByName = "Bench",
        };
        var last = end ?? Year.End;
        period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, PersonId = person.Id, From = start, Code = "V2", RecordedAt = now, RecordedByName = "Bench" });
        if (random.NextDouble() < 0.4 && start.AddMonths(2) < last)
        {
            var interim = start.AddDays(random.Next(14, 60));
            period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, PersonId = person.Id, From = interim, Code = "C1", RecordedAt = now, RecordedByName = "Bench" });
            var full = interim.AddDays(random.Next(120, 200));
            if (full < last)
            {
                period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, PersonId = person.Id, From = full, Code = "C2", RecordedAt = now, RecordedByName = "Bench" });
            }
        }
        var from = start;
        var carer = 0;
        while (from < last)
        {
            var (place, provider) = Pick(placements);
            period.Placements.Add(new Placement
            {
                CarePeriodId = period.Id,
                PersonId = person.Id,
                From = from,
                PlacementType = place,
                Provider = provider,
                CarerName = $"Carer {person.Reference}-{++carer}",
                Urn = place is "K2" or "K3" ? $"SC{random.Next(100000, 999999)}" : "XXXXXXX",
                Postcode = Pick(Postcodes),
                ReasonForMove = from == start ? null : Pick(Moves),
                OutOfArea = random.NextDouble() < 0.2,
                RecordedAt = now,
                RecordedByName = "Bench",
            });
            from = from.AddDays(random.Next(180, 730));
        }
        return period;
    }

    private void Reviews(ChildRecords records, CarePeriod period, DateOnly last)
    {
        var held = period.StartDate.AddDays(random.Next(14, 28));
        var interval = 3;
        while (held <= last)
        {
            var age = held.DayNumber - records.Person.DateOfBirth!.Value.DayNumber;
            records.Reviews.Add(new LookedAfterReview
            {
                CarePeriodId = period.Id,
                PersonId = records.Person.Id,
                HeldOn = held,
                ChairName = $"IRO {random.Next(1, 25)}",
                ParticipationCode = age < 4 * 365 ? "PN0" : $"PN{random.Next(1, 8)}",
                RecordedAt = now,
                RecordedByName = "Bench",
            });
            held = held.AddMonths(interval).AddDays(-random.Next(0, 10));
            interval = 6;
        }
    }

    private void Visits(ChildRecords records, CarePeriod period, DateOnly last)
    {
        for (var day = period.StartDate.AddDays(5); day <= last; day = day.AddDays(random.Next(30, 45)))
        {
            records.Visits.Add(new LookedAfterVisit
            {
                CarePeriodId = period.Id,
                PersonId = records.Person.Id,
                VisitedOn = day,
                VisitedBy = "Social worker",
                ChildSeen = true,
                SeenAlone = random.NextDouble() < 0.7,
                RecordedAt = now,
                RecordedByName = "Bench",
            });
        }
    }

    private void Health(ChildRecords records, CarePeriod period, DateOnly birth, DateOnly last)
    {
        void Add(HealthEntryKind kind, DateOnly on, int? sdq = null) => records.Health.Add(new HealthEntry
        {
            PersonId = records.Person.Id,
            Kind = kind,
            On = on,
            SdqScore = sdq,
            RecordedAt = now,
            RecordedByName = "Bench",
        });
        Add(HealthEntryKind.InitialHealthAssessment, period.StartDate.AddDays(random.Next(5, 25)));
        for (var day = period.StartDate.AddMonths(6); day <= last; day = day.AddMonths(birth.AddYears(5) > day ? 6 : 12))
        {
            Add(HealthEntryKind.HealthReview, day.AddDays(-random.Next(0, 20)));
            Add(HealthEntryKind.DentalCheck, day.AddDays(random.Next(0, 30)));
            Add(HealthEntryKind.ImmunisationsUpToDate, day);
            if (birth.AddYears(4) <= day && birth.AddYears(17) > day)
            {
                Add(HealthEntryKind.StrengthsAndDifficulties, day, random.Next(0, 41));
            }
        }
    }

    private void MissingEpisodes(ChildRecords records, CarePeriod period, DateOnly from, DateOnly last)
    {
        var times = random.Next(1, 6);
        for (var i = 0; i < times; i++)
        {
            var day = from.AddDays(random.Next(0, Math.Max(1, last.DayNumber - from.DayNumber)));
            var started = day.ToDateTime(new TimeOnly(random.Next(15, 23), 0), DateTimeKind.Utc);
            var returned = started.AddHours(random.Next(3, 40));
            records.Missing.Add(new MissingEpisode
            {
                PersonId = records.Person.Id,
                CarePeriodId = period.Id,
                Kind = random.NextDouble() < 0.7 ? MissingKind.Missing : MissingKind.Away,
                StartedAt = started,
                ReturnedAt = returned,
                ReportedToPolice = true,
                InterviewOfferedAt = returned.AddHours(random.Next(4, 48)),
                InterviewAccepted = true,
                InterviewHeldAt = returned.AddHours(random.Next(24, 120)),
                RecordedAt = now,
                RecordedByName = "Bench",
            });
        }
    }

    private string Upn()
    {
        while (true)
        {
            var upn = UniquePupilNumber.CreateSynthetic(random, LaCode).Value;
            if (upns.Add(upn))
            {
                return upn;
            }
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
