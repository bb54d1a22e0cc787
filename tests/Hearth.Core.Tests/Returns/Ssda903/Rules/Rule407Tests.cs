using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule407Tests
{
    [Fact]
    public void Special_guardianship_before_18_passes() =>
        Check(new Rule407(), Return(r => { r.Episodes[0].DEC = "02/07/2026"; r.Episodes[0].REC = "E45"; })).ShouldBeEmpty();

    [Fact]
    public void Special_guardianship_at_18_is_flagged() =>
        Check(new Rule407(), Return(r => { r.Episodes[0].DEC = "14/03/2033"; r.Episodes[0].REC = "E48"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DEC", "14/03/2033"), ("1001", Ssda903Table.Episodes, 1, "REC", "E48"), ("1001", Ssda903Table.Header, 1, "DOB", "14/03/2015")]);
}
