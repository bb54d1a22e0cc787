using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule303Tests
{
    private static Ssda903Return WithUasc(string? flag, string? duc, string decom = "02/06/2026") => Return(r =>
    {
        r.Header[0].UASC = flag;
        r.Episodes[0].DECOM = decom;
        r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", SEX = "F", DOB = "14/03/2015", DUC = duc });
    });

    [Fact]
    public void A_date_ceased_for_a_UASC_child_passes() => Check(new Rule303(), WithUasc("1", "14/03/2033")).ShouldBeEmpty();

    [Fact]
    public void Without_the_UASC_flag_nothing_is_found() => Check(new Rule303(), WithUasc(null, "14/03/2033")).ShouldBeEmpty();

    [Fact]
    public void A_date_ceased_for_a_child_not_UASC_is_flagged() =>
        Check(new Rule303(), WithUasc("0", "14/03/2033")).Cells()
            .ShouldBe([("1001", Ssda903Table.Uasc, 1, "DUC", "14/03/2033"), ("1001", Ssda903Table.Header, 1, "UASC", "0")]);
}
