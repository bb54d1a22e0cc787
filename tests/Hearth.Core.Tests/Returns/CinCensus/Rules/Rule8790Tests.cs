using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8790Tests
{
    [Fact]
    public void None_alone_passes() => Check(new Rule8790(), Child()).ShouldBeEmpty();

    [Fact]
    public void Several_real_disabilities_pass() =>
        Check(new Rule8790(), Child(with: c => { c.Disabilities.Clear(); c.Disabilities.AddRange(["HAND", "HEAR"]); })).ShouldBeEmpty();

    [Fact]
    public void None_with_other_codes_flags_the_other_codes()
    {
        var child = Child(with: c => { c.Disabilities.Clear(); c.Disabilities.AddRange(["none", "HAND", "VIS"]); });

        Check(new Rule8790(), child).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Disabilities, CensusField.Disability, "HAND"),
            (CensusTable.Disabilities, CensusField.Disability, "VIS"),
        ]);
    }
}
