using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule205BTests
{
    private static Ssda903Return WithUasc(string? flag, string? duc, string decom = "02/06/2026") => Return(r =>
    {
        r.Header[0].UASC = flag;
        r.Episodes[0].DECOM = decom;
        r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", SEX = "F", DOB = "14/03/2015", DUC = duc });
    });

    [Fact]
    public void UASC_in_both_years_ceasing_at_18_passes() =>
        Check(new Rule205B(), WithUasc("1", "14/03/2033"), WithUasc("1", "14/03/2033", "02/06/2025")).ShouldBeEmpty();

    [Fact]
    public void Last_years_date_ceased_other_than_the_18th_birthday_is_flagged() =>
        Check(new Rule205B(), WithUasc("1", "14/03/2033"), WithUasc("1", "01/01/2030", "02/06/2025")).Cells()
            .ShouldBe([("1001", Ssda903Table.Uasc, 1, "DUC", "14/03/2033"), ("1001", Ssda903Table.Header, 1, "UASC", "1")]);
}
