using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Returns.Ssda903.Csv;

public sealed class Ssda903ColumnsTests
{
    /// <summary>statutory-data.md B.1, the table as written there (from lac_validator/config.py).</summary>
    private const string B1 = """
        | Header | CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB |
        | Episodes | CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN |
        | Reviews | CHILD, DOB, REVIEW, REVIEW_CODE |
        | UASC | CHILD, SEX, DOB, DUC |
        | OC2 (looked after ≥ 12 months) | CHILD, DOB, SDQ_SCORE, SDQ_REASON, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED |
        | OC3 (care leavers) | CHILD, DOB, IN_TOUCH, ACTIV, ACCOM |
        | AD1 | CHILD, DOB, DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR |
        | PlacedAdoption | CHILD, DOB, DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED |
        | PrevPerm | CHILD, DOB, PREV_PERM, LA_PERM, DATE_PERM |
        | Missing | CHILD, DOB, MISSING, MIS_START, MIS_END |
        | SWEpisodes (2023-24+) | CHILD, DOB, SW_ID, SW_DECOM, SW_DEC, SW_REASON |
        | DoLo (2026-27+) | CHILD, DOB, DOLO_START, DOLO_END |
        """;

    private static IEnumerable<(string Table, string Columns)> B1Rows() =>
        B1.Split('\n').Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1].Split(' ')[0], cells[2]));

    [Fact]
    public void Every_table_has_the_columns_of_B1_in_order() =>
        Ssda903Columns.All.Select(t => (t.Name, string.Join(", ", t.Columns)))
            .ShouldBe(B1Rows(), ignoreOrder: false);

    [Fact]
    public void The_header_line_is_the_columns_joined_by_commas() =>
        Ssda903Columns.Episodes.HeaderLine.ShouldBe("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");

    [Fact]
    public void No_two_tables_share_a_header_or_a_file_name()
    {
        Ssda903Columns.All.Select(t => t.HeaderLine).ShouldBeUnique();
        Ssda903Columns.All.Select(t => t.FileName).ShouldBeUnique();
    }

    [Fact]
    public void DoLo_is_in_the_return_from_2026_27_and_SW_episodes_from_2023_24()
    {
        Ssda903Columns.For(2026).ShouldContain(Ssda903Columns.Dolo);
        Ssda903Columns.For(2025).ShouldNotContain(Ssda903Columns.Dolo);
        Ssda903Columns.For(2025).Count().ShouldBe(11);
        Ssda903Columns.For(2022).ShouldNotContain(Ssda903Columns.SwEpisodes);
    }

    [Fact]
    public void A_row_gives_its_values_in_column_order() =>
        Ssda903Columns.Reviews.Values(new ReviewRow { CHILD = "1", DOB = "01/01/2015", REVIEW = "02/02/2026", REVIEW_CODE = "PN1" })
            .ShouldBe(["1", "01/01/2015", "02/02/2026", "PN1"]);
}
