using Hearth.Core.Audit;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Audit;

public class ChangesTests
{
    private sealed record Snapshot(string Name, DateOnly? Born, IReadOnlyList<string> Codes);

    [Fact]
    public void Only_the_fields_that_differ_are_listed_with_their_old_and_new_values()
    {
        var old = new Snapshot("Leo Smith", new DateOnly(2015, 3, 27), ["AUT"]);
        var @new = new Snapshot("Leo Smith", new DateOnly(2015, 3, 28), ["AUT", "COMM"]);

        Changes.Between(old, @new).ShouldBe(
        [
            new FieldChange("Born", "2015-03-27", "2015-03-28"),
            new FieldChange("Codes", "AUT", "AUT, COMM"),
        ]);
    }

    [Fact]
    public void Identical_snapshots_have_no_changes()
    {
        var snapshot = new Snapshot("Leo Smith", null, []);
        Changes.Between(snapshot, snapshot with { Codes = [] }).ShouldBeEmpty();
    }
}
