using System.IO.Compression;
using System.Text;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Returns;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Core.Returns.Ssda903.Xml;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Returns;

/// <summary>One 903 table in the return: its CSV file and how many rows it has.</summary>
public sealed record Ssda903TableCount(string Table, string FileName, int Rows);

/// <summary>
/// The SSDA903 return (issue 6) for a collection year: built from the record with last year's beside it (the rules
/// that compare the two need it), checked with every DfE rule, and downloaded as the DfE's CSV tables (a zip, one
/// file per table) or the findings as tab-separated values. Like the CIN census page, the figures are counts, so
/// restricted children are counted like any other and never named.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class Ssda903Model(Ssda903Checks checks, HearthDbContext db, EventRecorder events, TimeProvider clock) : HearthPageModel
{
    [FromQuery(Name = "year")] public string? Year { get; set; }
    public CensusYear Chosen { get; private set; }
    public IReadOnlyList<CensusYear> Years { get; private set; } = [];
    public Ssda903Report Report { get; private set; } = null!;
    public IReadOnlyList<Ssda903TableCount> Tables { get; private set; } = [];
    public IReadOnlyList<CensusRuleCount> ByRule { get; private set; } = [];
    public bool IsCurrentYear => Chosen == Years[0];

    public async Task OnGetAsync()
    {
        Report = await BuildAsync();
        Tables = [.. Ssda903Columns.For(Chosen.StartYear).Select(t => new Ssda903TableCount(t.Name, t.FileName, t.RowsOf(Report.Return).Count))];
        var messages = Ssda903Validator.Rules.ToDictionary(r => r.Code, r => r.Message, StringComparer.Ordinal);
        ByRule = [.. Report.Findings.GroupBy(f => f.RuleCode, StringComparer.Ordinal)
            .Select(g => new CensusRuleCount(g.Key, messages.GetValueOrDefault(g.Key) ?? g.First().Message, IsQuery: false, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>The DfE's CSV tables in one zip, written to a temporary file first and streamed from it.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var report = await BuildAsync();
        if (!ModelState.IsValid)
        {
            return Redirect(Links.Ssda903);
        }
        var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in Ssda903Columns.For(Chosen.StartYear))
            {
                await using var entry = await zip.CreateEntry(table.FileName, CompressionLevel.Optimal).OpenAsync(HttpContext.RequestAborted);
                await using var writer = new StreamWriter(entry, Ssda903CsvWriter.Utf8);
                Ssda903CsvWriter.WriteTable(writer, table, table.RowsOf(report.Return));
            }
        }
        file.Position = 0;
        await RecordAsync(report, Ssda903Exported.Tables);
        return File(file, "application/zip", $"ssda903-{Chosen}.zip");
    }

    /// <summary>The return as the DfE's one XML file (the form its upload takes as well as the CSV tables).</summary>
    public async Task<IActionResult> OnGetXmlAsync()
    {
        var report = await BuildAsync();
        if (!ModelState.IsValid)
        {
            return Redirect(Links.Ssda903);
        }
        var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        Ssda903XmlWriter.Write(report.Return, file);
        file.Position = 0;
        await RecordAsync(report, Ssda903Exported.XmlFile);
        return File(file, "application/xml", $"ssda903-{Chosen}.xml");
    }

    /// <summary>Every finding (as <c>hearth export ssda903 --findings</c> writes them).</summary>
    public async Task<IActionResult> OnGetFindingsAsync()
    {
        var report = await BuildAsync();
        if (!ModelState.IsValid)
        {
            return Redirect(Links.Ssda903);
        }
        var text = new StringWriter();
        FindingsTsv.Write(text, report.Findings);
        await RecordAsync(report, Ssda903Exported.FindingsFile);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/tab-separated-values", $"ssda903-{Chosen}-findings.tsv");
    }

    private async Task RecordAsync(Ssda903Report report, string what)
    {
        events.Record(Ctx(), Ssda903Exported.Process,
            new Ssda903Exported(Chosen.ToString(), what, report.Children, report.Episodes, report.Findings.Count), []);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    private Task<Ssda903Report> BuildAsync()
    {
        var current = CensusYear.Containing(clock.TodayInEngland());
        Years = [.. Enumerable.Range(0, CinCensusModel.YearsOffered).Select(i => new CensusYear(current.StartYear - i))];
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
        return checks.CheckAsync(Chosen, ct: HttpContext.RequestAborted);
    }
}
