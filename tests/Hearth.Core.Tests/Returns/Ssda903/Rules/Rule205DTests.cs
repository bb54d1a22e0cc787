using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule205DTests
{
    private static Ssda903Return WithUasc(string? flag, string? duc, string decom = "02/06/2026") => Return(r =>
    {
        r.Header[0].UASC = flag;
        r.Episodes[0].DECOM = decom;
        r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", SEX = "F", DOB = "14/03/2015", DUC = duc });
    });

    [Fact]
    public void UASC_in_both_years_passes() =>
        Check(new Rule205D(), WithUasc("1", null), WithUasc("1", null, "02/06/2025")).ShouldBeEmpty();

    [Fact]
    public void Without_the_flag_last_year_nothing_is_found() =>
        Check(new Rule205D(), WithUasc("1", null), Return()).ShouldBeEmpty();

    [Fact]
    public void UASC_now_but_not_last_year_is_flagged() =>
        Check(new Rule205D(), WithUasc("1", null), WithUasc("0", null, "02/06/2025")).Cells()
            .ShouldBe([("1001", Ssda903Table.Header, 1, "UASC", "1")]);
}
