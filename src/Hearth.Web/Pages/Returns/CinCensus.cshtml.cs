using System.Text;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Returns;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Xml;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Returns;

/// <summary>One DfE rule's findings in the return: how many cells it flags.</summary>
public sealed record CensusRuleCount(string Code, string Message, bool IsQuery, int Count);

/// <summary>
/// The CIN census return (issue 5) for a collection year: built from the record, checked with every
/// DfE rule, and downloaded as the DfE's XML file or the findings as tab-separated values. The figures
/// are counts, so restricted children are counted like any other and never named.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class CinCensusModel(CinCensusBuilder builder, HearthDbContext db, EventRecorder events, TimeProvider clock) : HearthPageModel
{
    /// <summary>How many years the page offers: the current one and the four before it.</summary>
    public const int YearsOffered = 5;

    [FromQuery(Name = "year")] public string? Year { get; set; }
    public CensusYear Chosen { get; private set; }
    public IReadOnlyList<CensusYear> Years { get; private set; } = [];
    public int Children { get; private set; }
    public int Episodes { get; private set; }
    public int Errors { get; private set; }
    public int Queries { get; private set; }
    public IReadOnlyList<CensusRuleCount> ByRule { get; private set; } = [];
    public bool IsCurrentYear => Chosen == Years[0];

    public async Task OnGetAsync()
    {
        var (message, findings) = await BuildAsync();
        Children = message.Children.Count;
        Episodes = message.Children.Sum(c => c.CinDetails.Count);
        Errors = findings.Count(f => !f.IsQuery);
        Queries = findings.Count - Errors;
        var messages = CinCensusValidator.Rules.ToDictionary(r => r.Code, r => r.Message, StringComparer.Ordinal);
        ByRule = [.. findings.GroupBy(f => f.RuleCode, StringComparer.Ordinal)
            .Select(g => new CensusRuleCount(g.Key, messages.GetValueOrDefault(g.Key) ?? g.First().Message, g.First().IsQuery, g.Count()))
            .OrderBy(r => r.IsQuery).ThenByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>The DfE census file, written to a temporary file first (the XML writer is synchronous) and streamed from it.</summary>
    public async Task<IActionResult> OnGetXmlAsync()
    {
        var (message, findings) = await BuildAsync();
        if (!ModelState.IsValid)
        {
            return Redirect(Links.CinCensus);
        }
        var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        CinCensusXmlWriter.Write(message, Chosen, file);
        file.Position = 0;
        var errors = findings.Count(f => !f.IsQuery);
        events.Record(Ctx(), CensusExported.Process,
            new CensusExported(Chosen.ToString(), message.Children.Count, message.Children.Sum(c => c.CinDetails.Count), errors, findings.Count - errors), []);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return File(file, "application/xml", $"cin-census-{Chosen}.xml");
    }

    /// <summary>Every finding in the DfE validator's columns (as <c>hearth export cin-census --findings</c> writes them).</summary>
    public async Task<IActionResult> OnGetFindingsAsync()
    {
        var (_, findings) = await BuildAsync();
        if (!ModelState.IsValid)
        {
            return Redirect(Links.CinCensus);
        }
        var text = new StringWriter();
        FindingsTsv.Write(text, findings);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/tab-separated-values", $"cin-census-{Chosen}-findings.tsv");
    }

    private async Task<(CensusMessage Message, IReadOnlyList<CensusFinding> Findings)> BuildAsync()
    {
        var today = clock.TodayInEngland();
        var current = CensusYear.Containing(today);
        Years = [.. Enumerable.Range(0, YearsOffered).Select(i => new CensusYear(current.StartYear - i))];
        Chosen = current;
        if (Year is not null)
        {
            if (CensusYear.TryParse(Year, out var asked) && Years.Contains(asked))
            {
                Chosen = asked;
            }
            else
            {
                ModelState.AddModelError(nameof(Year), "Select a collection year from the list");
            }
        }
        var message = await builder.BuildAsync(Chosen, CensusScope.Everyone, HttpContext.RequestAborted);
        // The current year is checked as it stands today (a deadline not yet reached is not late); past years as returned.
        var findings = CinCensusValidator.Validate(message, Chosen, asAt: Chosen == current ? today : null);
        return (message, findings);
    }
}
