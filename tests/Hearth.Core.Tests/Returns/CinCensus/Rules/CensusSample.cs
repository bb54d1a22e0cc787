using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

/// <summary>
/// The two children of the DfE sample file (Fixtures/cin-census-2024-sample.xml) built in the
/// model, dated 2024-03-31 as the file is, so a rule test can assert the rows the D2I validator
/// gives on it (cin-census-2024-sample.expected.tsv).
/// </summary>
public static class CensusSample
{
    public static CensusMessage Message()
    {
        var message = CensusTestData.Message(DfEX0000001(), ChildFailsAssessments());
        message.Header.ReferenceDate = Date("2024-03-31");
        return message;
    }

    /// <summary>The findings of one rule on the sample, as (child, table, field, value).</summary>
    public static IReadOnlyList<(string? Child, string Table, string Field, string? Value)> Rows(CinCensusRule rule) =>
        [.. Check(rule, Message()).Select(f => (f.LaChildId, f.Table, f.Field, f.Value))];

    public static CensusChild DfEX0000001() => new()
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
                Assessments = [new CensusAssessment { ActualStartDate = Date("2023-12-25"), AuthorisationDate = Date("2024-01-27") }],
                ReferralNfa = "false",
            },
        ],
    };
}
