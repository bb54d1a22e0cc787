using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule205ATests
{
    private static Ssda903Return WithUasc(string? flag, string? duc, string decom = "02/06/2026") => Return(r =>
    {
        r.Header[0].UASC = flag;
        r.Episodes[0].DECOM = decom;
        r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", SEX = "F", DOB = "14/03/2015", DUC = duc });
    });

    [Fact]
    public void UASC_ceasing_last_year_passes() =>
        Check(new Rule205A(), WithUasc("0", null), WithUasc("1", "20/01/2026", "02/06/2025")).ShouldBeEmpty();

    [Fact]
    public void Without_last_years_return_nothing_is_found() => Check(new Rule205A(), WithUasc("0", null)).ShouldBeEmpty();

    [Fact]
    public void UASC_last_year_and_not_now_with_a_date_ceased_outside_last_year_is_flagged() =>
        Check(new Rule205A(), WithUasc("0", null), WithUasc("1", "10/07/2020", "02/06/2025")).Cells()
            .ShouldBe([("1001", Ssda903Table.Uasc, 1, "DUC", (string?)null), ("1001", Ssda903Table.Header, 1, "UASC", "0")]);
}
