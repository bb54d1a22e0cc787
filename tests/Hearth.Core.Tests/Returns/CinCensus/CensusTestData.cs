using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;

namespace Hearth.Core.Tests.Returns.CinCensus;

/// <summary>
/// A valid 2024-25 census to start each rule test from: one child with one open episode that has a
/// completed assessment. A test changes the one thing its rule looks at.
/// </summary>
public static class CensusTestData
{
    public static readonly CensusYear Year = new(2024);

    public static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static CensusMessage Message(params CensusChild[] children) => new()
    {
        Header = new CensusHeader
        {
            Collection = "CIN",
            Year = "2025",
            ReferenceDate = Year.End,
            SourceLevel = "L",
            Lea = "201",
            SoftwareCode = "Hearth",
            Release = "test",
            SerialNo = "001",
            DateTime = new DateTime(2025, 5, 1, 9, 0, 0),
        },
        Children = [.. children],
    };

    /// <summary>A child whose data passes every rule; <paramref name="with"/> then breaks one thing.</summary>
    public static CensusChild Child(string laChildId = "CHILD1", Action<CensusChild>? with = null)
    {
        var child = new CensusChild
        {
            LaChildId = laChildId,
            Upn = "P201123456789",
            PersonBirthDate = Date("2015-05-01"),
            Sex = "F",
            Ethnicity = "WBRI",
            Disabilities = ["NONE"],
            CinDetails = [Episode()],
        };
        with?.Invoke(child);
        return child;
    }

    /// <summary>An open episode referred on 3 June 2024 with an assessment completed on 1 July.</summary>
    public static CinDetails Episode(Action<CinDetails>? with = null)
    {
        var episode = new CinDetails
        {
            ReferralDate = Date("2024-06-03"),
            ReferralSource = "1A",
            PrimaryNeedCode = "N1",
            ReferralNfa = "false",
            Assessments =
            [
                new CensusAssessment
                {
                    ActualStartDate = Date("2024-06-04"),
                    AuthorisationDate = Date("2024-07-01"),
                    Factors = ["3A"],
                },
            ],
        };
        with?.Invoke(episode);
        return episode;
    }

    /// <summary>A child protection plan under neglect, the child's first, from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static CensusChildProtectionPlan ProtectionPlan(string start, string? end) => new()
    {
        StartDate = Date(start),
        EndDate = end is null ? null : Date(end),
        InitialCategoryOfAbuse = "NEG",
        LatestCategoryOfAbuse = "NEG",
        NumberOfPreviousCpp = "0",
    };

    public static IReadOnlyList<CensusFinding> Check(CinCensusRule rule, CensusMessage message) =>
        [.. rule.Check(new CensusContext(message, Year))];

    public static IReadOnlyList<CensusFinding> Check(CinCensusRule rule, CensusChild child) => Check(rule, Message(child));
}
