using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

/// <summary>
/// The two children of the DfE sample file (Fixtures/cin-census-2024-sample.xml) built in the
/// model, value for value, with the findings the DfE validator gives on it
/// (cin-census-2024-sample.expected.tsv), so rule tests can compare with them without a reader.
/// </summary>
public static class CensusSample2024
{
    public static CensusMessage Message() => new()
    {
        Header = new CensusHeader
        {
            Collection = "CIN",
            Year = "2023",
            ReferenceDate = Date("2024-03-31"),
            SourceLevel = "L",
            Lea = "201",
            SoftwareCode = "Local Authority",
            Release = "ver 3.1.21",
            SerialNo = "001",
            DateTime = new DateTime(2023, 5, 23, 11, 14, 5),
        },
        Children = [FirstChild(), ChildFailsAssessments()],
    };

    /// <summary>DfEX0000001: one episode closed in 2023, before the period, with every module.</summary>
    public static CensusChild FirstChild() => new()
    {
        LaChildId = "DfEX0000001",
        Upn = "A123456789123",
        FormerUpn = "X98765432123B",
        UpnUnknown = "UN3",
        PersonBirthDate = Date("2015-03-27"),
        Sex = "1",
        Ethnicity = "WBRI",
        Disabilities = ["HAND", "HEAR"],
        CinDetails =
        [
            new CinDetails
            {
                ReferralDate = Date("2022-10-06"),
                ReferralSource = "1A",
                PrimaryNeedCode = "N4",
                ClosureDate = Date("2023-02-27"),
                ReasonForClosure = "RC1",
                DateOfInitialCpc = Date("2022-12-06"),
                Assessments =
                [
                    new CensusAssessment
                    {
                        ActualStartDate = Date("2028-04-28"),
                        AuthorisationDate = Date("2020-09-19"),
                        Factors = ["1C", "RB", "6B"],
                    },
                ],
                CinPlans = [new CensusCinPlan { StartDate = Date("2023-01-24"), EndDate = Date("2023-01-26") }],
                Section47s =
                [
                    new CensusSection47
                    {
                        ActualStartDate = Date("2022-06-02"),
                        InitialCpcTarget = Date("2022-06-23"),
                        DateOfInitialCpc = Date("2022-06-17"),
                        IcpcNotRequired = "false",
                    },
                ],
                ReferralNfa = "0",
                ChildProtectionPlans =
                [
                    new CensusChildProtectionPlan
                    {
                        StartDate = Date("2022-02-17"),
                        EndDate = Date("2023-03-14"),
                        InitialCategoryOfAbuse = "PHY",
                        LatestCategoryOfAbuse = "PHY",
                        NumberOfPreviousCpp = "10",
                        ReviewDates = [Date("2023-02-15")],
                    },
                ],
            },
        ],
    };

    /// <summary>child_fails_assessments: referred and closed after the period, assessed before the referral.</summary>
    public static CensusChild ChildFailsAssessments() => new()
    {
        LaChildId = "child_fails_assessments",
        UpnUnknown = "UN1",
        PersonBirthDate = Date("2023-09-25"),
        Sex = "M",
        Ethnicity = "WBRI",
        Disabilities = ["NONE"],
        CinDetails =
        [
            new CinDetails
            {
                ReferralDate = Date("2024-10-24"),
                ReferralSource = "1A",
                PrimaryNeedCode = "N1",
                ClosureDate = Date("2024-10-29"),
                ReasonForClosure = "RC9",
                Assessments =
                [
                    new CensusAssessment
                    {
                        ActualStartDate = Date("2023-12-25"),
                        AuthorisationDate = Date("2024-01-27"),
                    },
                ],
                ReferralNfa = "false",
            },
        ],
    };

    /// <summary>A rule's findings on the sample, as (child, table, field, value) rows.</summary>
    public static IReadOnlyList<(string? Child, string Table, string Field, string? Value)> Findings(CinCensusRule rule)
    {
        var message = Message();
        var context = new CensusContext(message, CensusYear.EndingOn(message.Header.ReferenceDate!.Value));
        return [.. rule.Check(context).Distinct().Select(f => (f.LaChildId, f.Table, f.Field, f.Value)).Order()];
    }

    /// <summary>The expected rows for one rule code, "nan" read as a missing value.</summary>
    public static IReadOnlyList<(string? Child, string Table, string Field, string? Value)> Expected(string code)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Returns", "CinCensus", "Fixtures", "cin-census-2024-sample.expected.tsv");
        return [.. File.ReadLines(path)
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cells => cells[1] == code)
            .Select(cells => (Nan(cells[0]), cells[2], cells[3], Nan(cells[4])))
            .Order()];
    }

    private static string? Nan(string cell) => cell == "nan" ? null : cell;
}
