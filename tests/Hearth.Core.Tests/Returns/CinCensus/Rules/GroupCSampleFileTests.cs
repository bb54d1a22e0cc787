using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

/// <summary>
/// The DfE sample file (Fixtures/cin-census-2024-sample.xml), built by hand in the model, checked
/// against the findings the DfE validator gives on it (the .expected.tsv beside it) for each rule
/// from 8790 to 8950Q: 8897Q and 8930 flag the rows listed there, and every other rule nothing.
/// </summary>
public sealed class GroupCSampleFileTests
{
    public static TheoryData<string> Codes =>
    [
        "8790", "8794", "8805", "8810", "8815", "8816", "8820", "8825Q", "8831", "8832", "8839", "8841", "8842Q", "8863Q",
        "8866", "8867", "8868", "8869", "8870Q", "8873Q", "8875", "8890", "8896", "8897Q", "8898", "8905", "8910", "8915",
        "8920", "8925", "8930", "8935", "8940", "8945Q", "8950Q",
    ];

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_rule_flags_what_the_dfe_validator_flags_on_the_sample(string code)
    {
        var rule = CinCensusValidator.Rules.Single(r => r.Code == code);

        var findings = rule.Check(new CensusContext(Sample(), new CensusYear(2023)))
            .Distinct()
            .Select(f => (f.LaChildId, f.Table, f.Field, f.Value))
            .Order();

        findings.ShouldBe(Expected(code).Order());
    }

    private static IEnumerable<(string?, string, string, string?)> Expected(string code) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Returns", "CinCensus", "Fixtures", "cin-census-2024-sample.expected.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cells => cells[1] == code)
            .Select(cells => (Nan(cells[0]), cells[2], cells[3], Nan(cells[4])));

    private static string? Nan(string cell) => cell == "nan" ? null : cell;

    private static CensusMessage Sample() => new()
    {
        Header = new CensusHeader { Collection = "CIN", Year = "2023", ReferenceDate = Date("2024-03-31"), Lea = "201" },
        Children =
        [
            new CensusChild
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
            },
            new CensusChild
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
                        // An empty FactorsIdentifiedAtAssessment element: no factors.
                        Assessments = [new CensusAssessment { ActualStartDate = Date("2023-12-25"), AuthorisationDate = Date("2024-01-27") }],
                        ReferralNfa = "false",
                    },
                ],
            },
        ],
    };
}
