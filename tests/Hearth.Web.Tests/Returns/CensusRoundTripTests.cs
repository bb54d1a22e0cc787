using System.Text;
using System.Xml.Linq;
using Hearth.Core.Audit;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Xml;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Returns;

/// <summary>
/// Acceptance 3 of issue 5: importing a multi-child census file and exporting the same year gives
/// the same children and episodes, element for element, apart from the header.
/// </summary>
public sealed class CensusRoundTripTests(HearthWebApp app)
{
    private static readonly CensusYear Year = new(2025);

    [Fact]
    public async Task Importing_the_synthetic_file_and_exporting_its_year_gives_the_same_children_element_for_element()
    {
        // Each run gets its own LAchildIDs, so the children are this test's alone in the shared database.
        var prefix = "RT" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Returns", "Fixtures", "cin-census-synthetic-2025-26.xml"))
            .Replace("<LAchildID>CHILD", $"<LAchildID>{prefix}", StringComparison.Ordinal);
        var read = CinCensusXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(original)));
        read.Errors.ShouldBeEmpty();

        var result = await app.InScopeAsync(sp => sp.GetRequiredService<CinCensusImporter>()
            .ImportAsync(read.Message!, "synthetic.xml", "0", dryRun: false, ProcessContext.System("round trip test")));
        result.Problems.ShouldBeEmpty();
        result.Children.Count.ShouldBe(7);

        var exported = await app.InScopeAsync(async sp =>
        {
            var message = await sp.GetRequiredService<CinCensusBuilder>().BuildAsync(Year, CensusScope.Everyone);
            using var output = new MemoryStream();
            CinCensusXmlWriter.Write(message, Year, output);
            return Encoding.UTF8.GetString(output.ToArray());
        });

        var expected = Children(original, prefix);
        var actual = Children(exported, prefix);
        actual.Select(c => c.Id).ShouldBe(expected.Select(c => c.Id));
        foreach (var (want, got) in expected.Zip(actual))
        {
            got.Xml.ShouldBe(want.Xml, $"child {want.Id}");
        }
    }

    /// <summary>This test's Child elements, by LAchildID, each as its canonical text (whitespace between elements dropped).</summary>
    private static List<(string Id, string Xml)> Children(string xml, string prefix) =>
        [.. XDocument.Parse(xml, LoadOptions.None).Descendants("Child")
            .Select(child => (Id: (string)child.Element("ChildIdentifiers")!.Element("LAchildID")!, Xml: child.ToString(SaveOptions.DisableFormatting)))
            .Where(child => child.Id.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(child => child.Id, StringComparer.Ordinal)];
}
