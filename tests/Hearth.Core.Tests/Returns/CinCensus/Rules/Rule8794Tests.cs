using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8794Tests
{
    [Fact]
    public void Different_codes_pass() =>
        Check(new Rule8794(), Child(with: c => { c.Disabilities.Clear(); c.Disabilities.AddRange(["HAND", "HEAR"]); })).ShouldBeEmpty();

    [Fact]
    public void A_repeated_code_is_flagged()
    {
        var child = Child(with: c => { c.Disabilities.Clear(); c.Disabilities.AddRange(["HAND", "VIS", "HAND"]); });

        Check(new Rule8794(), child).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
            [(CensusTable.Disabilities, CensusField.Disability, "HAND")]);
    }
}
