using System.Globalization;
using Hearth.Core.People.Identity;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Statutory;

namespace Hearth.Benchmarks;

/// <summary>
/// A synthetic county year for the CIN census benchmark: census messages for N children in the
/// 2025-26 collection year, made deterministically from a seed, in the mix a county's return has:
/// <list type="bullet">
/// <item>25% referrals closed with no further action within the week (RC7, ReferralNFA true);</item>
/// <item>45% assessed and closed in the year: RC8, RC9, or RC7 after a CIN plan;</item>
/// <item>20% open children in need with a CIN plan (some referred the year before);</item>
/// <item>8% section 47, initial conference and child protection plan with one or two reviews
/// (some plans ended at the second review and stepped down to a CIN plan);</item>
/// <item>2% several episodes in the year (an NFA referral, an assessed closure, then an open CIN plan).</item>
/// </list>
/// Every child has a sex, an ethnicity and disabilities (mostly NONE); school-age children have a
/// UPN with a valid check letter from LA 919, younger ones UPNunknown UN1; a few are unborn. Dates
/// fall on working days where the census expects them to (assessment and enquiry starts,
/// conferences, targets); one child in fifty has a slip the DfE rules find (see <c>Slip</c>).
/// </summary>
public sealed class CensusCohort(int seed)
{
    public const string ReferencePrefix = "CB";
    public const int LaCode = 919;
    public static readonly CensusYear Year = new(2025);

    private static readonly string[] Sources = ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"];
    private static readonly string[] Needs = ["N1", "N1", "N1", "N1", "N2", "N3", "N4", "N4", "N5", "N6", "N6", "N7", "N8", "N9"];
    private static readonly string[] Ethnicities = ["WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"];
    private static readonly string[] DisabilityCodes = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"];
    private static readonly string[] Factors = ["1A", "1B", "2B", "3A", "3B", "4A", "4B", "5B", "6B", "7A", "10A", "11A", "13A", "14A", "15A", "16A", "17A", "18C", "19C", "20", "24A"];
    private static readonly string[] Categories = ["NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"];

    private readonly Random random = new(seed);
    private readonly HashSet<string> upns = new(StringComparer.Ordinal);
    private readonly DateOnly start = Year.Start;
    private readonly DateOnly end = Year.End;

    public static string Reference(int index) => $"{ReferencePrefix}{index + 1:000000}";

    /// <summary>The header every batch carries: the 2025-26 return of LA 919.</summary>
    public static CensusHeader Header() => new()
    {
        Collection = "CIN",
        Year = "2026",
        ReferenceDate = Year.End,
        SourceLevel = "L",
        Lea = LaCode.ToString(CultureInfo.InvariantCulture),
        SoftwareCode = "Hearth",
        Release = "1.0.0",
        SerialNo = "001",
        DateTime = new DateTime(2026, 4, 20, 10, 0, 0, DateTimeKind.Unspecified),
    };

    /// <summary>The children <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> - 1, in one message.</summary>
    /// <remarks>Children must be asked for in order from 0: each draws from the one random sequence.</remarks>
    public CensusMessage Batch(int from, int count)
    {
        var message = new CensusMessage { Header = Header() };
        for (var i = from; i < from + count; i++)
        {
            message.Children.Add(Child(i));
        }
        return message;
    }

    private CensusChild Child(int index)
    {
        var roll = random.NextDouble();
        var unborn = random.NextDouble() < 0.005;
        var child = new CensusChild { LaChildId = Reference(index) };
        if (unborn)
        {
            // Expected in spring or summer 2026, referred in pregnancy: an open CIN plan for the baby.
            var due = end.AddDays(random.Next(10, 180));
            var referred = Working(Later(due.AddDays(-250), start).AddDays(random.Next(0, 120)));
            child.ExpectedPersonBirthDate = due;
            child.Sex = "U";
            child.UpnUnknown = "UN1";
            child.CinDetails.Add(OpenCin(Earlier(referred, end.AddDays(-70))));
        }
        else
        {
            var details = roll switch
            {
                < 0.25 => [Nfa(Day(start, end.AddDays(-7)))],
                < 0.70 => [AssessedAndClosed(Day(start, end.AddDays(-90)))],
                < 0.90 => [OpenCin(Day(start.AddDays(-300), end.AddDays(-70)))],
                < 0.98 => [ChildProtection(Day(start.AddDays(-120), end.AddDays(-130)))],
                _ => Several(),
            };
            child.CinDetails.AddRange(details);
            var firstReferral = details[0].ReferralDate!.Value;
            var age = Age();
            var birth = firstReferral.AddYears(-age).AddDays(-random.Next(1, 365));
            child.PersonBirthDate = birth;
            child.Sex = random.Next(2) == 0 ? "F" : "M";
            // School age by the end of the year: a UPN; younger children are UN1.
            if (birth <= end.AddYears(-5))
            {
                child.Upn = Upn();
            }
            else
            {
                child.UpnUnknown = "UN1";
            }
        }
        child.Ethnicity = random.NextDouble() < 0.72 ? "WBRI" : Pick(Ethnicities);
        if (random.NextDouble() < 0.85)
        {
            child.Disabilities.Add("NONE");
        }
        else
        {
            var first = Pick(DisabilityCodes);
            child.Disabilities.Add(first);
            if (random.NextDouble() < 0.3 && Pick(DisabilityCodes) is var second && second != first)
            {
                child.Disabilities.Add(second);
            }
        }
        Slip(child);
        return child;
    }

    /// <summary>
    /// One child in fifty has the kind of slip a county's return has (and the DfE rules find): a
    /// missing ethnicity, a school-age child with no UPN, an assessment left open, a wrong closure date.
    /// </summary>
    private void Slip(CensusChild child)
    {
        if (random.NextDouble() >= 0.02)
        {
            return;
        }
        var episode = child.CinDetails[^1];
        switch (random.Next(4))
        {
            case 0:
                child.Ethnicity = null;
                break;
            case 1 when child.Upn is not null:
                child.Upn = null;
                break;
            case 2 when episode.Assessments.Count > 0 && episode.ClosureDate is null:
                episode.Assessments[0].AuthorisationDate = null;
                episode.Assessments[0].Factors.Clear();
                episode.CinPlans.Clear();
                break;
            case 3 when episode.ClosureDate is { } closed:
                episode.ClosureDate = closed.AddDays(-random.Next(1, 400));
                break;
            default:
                child.Disabilities.Clear();
                break;
        }
    }

    /// <summary>Referred and closed within the week with no further action.</summary>
    private CinDetails Nfa(DateOnly referred)
    {
        var closed = referred.AddDays(random.Next(0, 5));
        return new CinDetails
        {
            ReferralDate = referred,
            ReferralSource = Pick(Sources),
            PrimaryNeedCode = random.NextDouble() < 0.5 ? Pick(Needs) : null,
            ClosureDate = closed,
            ReasonForClosure = "RC7",
            ReferralNfa = "true",
        };
    }

    /// <summary>Assessed and closed in the year: RC8 (no further action), RC9 (early help) or RC7 after a CIN plan.</summary>
    private CinDetails AssessedAndClosed(DateOnly referred)
    {
        var assessment = Assessment(referred, noFactorsAllowed: true);
        var authorised = assessment.AuthorisationDate!.Value;
        var reason = random.NextDouble() switch { < 0.35 => "RC8", < 0.65 => "RC9", _ => "RC7" };
        var details = Episode(referred);
        details.Assessments.Add(assessment);
        if (reason == "RC7")
        {
            if (assessment.Factors.Contains("21"))
            {
                assessment.Factors.Clear();
                assessment.Factors.Add(Pick(Factors));
            }
            var planStart = WorkingDays.AddWorkingDays(authorised, 1);
            var planEnd = Earlier(planStart.AddDays(random.Next(60, 200)), end);
            details.CinPlans.Add(new CensusCinPlan { StartDate = planStart, EndDate = planEnd });
            details.ClosureDate = planEnd;
        }
        else
        {
            details.ClosureDate = Earlier(authorised.AddDays(random.Next(0, 10)), end);
        }
        details.ReasonForClosure = reason;
        return details;
    }

    /// <summary>Open at the end of the year with a CIN plan (an assessment still under way if referred lately).</summary>
    private CinDetails OpenCin(DateOnly referred)
    {
        var details = Episode(referred);
        var assessment = Assessment(referred, noFactorsAllowed: false);
        details.Assessments.Add(assessment);
        details.CinPlans.Add(new CensusCinPlan { StartDate = WorkingDays.AddWorkingDays(assessment.AuthorisationDate!.Value, 1) });
        return details;
    }

    /// <summary>Assessment and section 47, initial conference, plan from that day, reviews at 3 and 9 months.</summary>
    private CinDetails ChildProtection(DateOnly referred)
    {
        var details = Episode(referred);
        details.PrimaryNeedCode = "N1";
        details.Assessments.Add(Assessment(referred, noFactorsAllowed: false));
        var enquiry = WorkingDays.AddWorkingDays(referred, random.Next(0, 3));
        var target = WorkingDays.AddWorkingDays(enquiry, 15);
        var conference = WorkingDays.AddWorkingDays(enquiry, random.Next(8, 16));
        details.Section47s.Add(new CensusSection47
        {
            ActualStartDate = enquiry,
            InitialCpcTarget = target,
            DateOfInitialCpc = conference,
            IcpcNotRequired = "false",
        });
        var category = Pick(Categories);
        var plan = new CensusChildProtectionPlan
        {
            StartDate = conference,
            InitialCategoryOfAbuse = category,
            LatestCategoryOfAbuse = random.NextDouble() < 0.9 ? category : Pick(Categories),
            NumberOfPreviousCpp = random.NextDouble() < 0.8 ? "0" : "1",
        };
        var review = WorkingDays.NextWorkingDayOnOrAfter(conference.AddMonths(3).AddDays(-random.Next(0, 10)), HolidayCalendar.EnglandAndWales);
        plan.ReviewDates.Add(review);
        var second = WorkingDays.NextWorkingDayOnOrAfter(review.AddMonths(6).AddDays(-random.Next(0, 10)), HolidayCalendar.EnglandAndWales);
        if (second <= end)
        {
            plan.ReviewDates.Add(second);
            if (random.NextDouble() < 0.4)
            {
                // Ended at the second review and stepped down to a CIN plan the next day.
                plan.EndDate = second;
                details.CinPlans.Add(new CensusCinPlan { StartDate = second.AddDays(1) });
            }
        }
        details.ChildProtectionPlans.Add(plan);
        return details;
    }

    /// <summary>An NFA referral, then an assessment closed RC8 or RC9, then (time allowing) an open CIN plan.</summary>
    private List<CinDetails> Several()
    {
        var first = Nfa(Day(start, start.AddDays(90)));
        var second = AssessedAndClosed(Working(first.ClosureDate!.Value.AddDays(random.Next(20, 60))));
        var episodes = new List<CinDetails> { first, second };
        var third = Working(second.ClosureDate!.Value.AddDays(random.Next(20, 60)));
        if (third <= end.AddDays(-70))
        {
            episodes.Add(OpenCin(third));
        }
        return episodes;
    }

    private CinDetails Episode(DateOnly referred) => new()
    {
        ReferralDate = referred,
        ReferralSource = Pick(Sources),
        PrimaryNeedCode = Pick(Needs),
        ReferralNfa = "false",
    };

    /// <summary>Started within a week of the referral, authorised within 45 working days, with its factors.</summary>
    private CensusAssessment Assessment(DateOnly referred, bool noFactorsAllowed)
    {
        var started = WorkingDays.AddWorkingDays(referred, random.Next(0, 5));
        var authorised = WorkingDays.AddWorkingDays(started, random.Next(10, 46));
        var assessment = new CensusAssessment
        {
            ActualStartDate = started,
            AuthorisationDate = authorised,
            InternalReviewDate = random.NextDouble() < 0.2 ? WorkingDays.AddWorkingDays(started, 8) : null,
        };
        if (noFactorsAllowed && random.NextDouble() < 0.15)
        {
            assessment.Factors.Add("21");
        }
        else
        {
            var count = random.Next(1, 4);
            foreach (var factor in Enumerable.Range(0, count).Select(_ => Pick(Factors)).Distinct())
            {
                assessment.Factors.Add(factor);
            }
        }
        return assessment;
    }

    /// <summary>Age at referral: children in need are spread over 0-17, a little more often teenagers.</summary>
    private int Age() => random.NextDouble() < 0.35 ? random.Next(12, 18) : random.Next(0, 12);

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

    /// <summary>A working day between the two dates.</summary>
    private DateOnly Day(DateOnly from, DateOnly to) => Working(from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1)));

    private static DateOnly Working(DateOnly date) => WorkingDays.NextWorkingDayOnOrAfter(date, HolidayCalendar.EnglandAndWales);

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
