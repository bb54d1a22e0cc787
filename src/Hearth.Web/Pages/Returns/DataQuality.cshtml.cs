using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Returns;

/// <summary>A count of open findings for one rule, team or worker, with the filter that lists them.</summary>
public sealed record FindingCount(string Label, int Count, string Link);

/// <summary>
/// In-year data quality (issue 5): every open census finding on the record today, by child, with
/// where to put it right, filtered by rule, team, worker and kind. Children on restricted records
/// the user is not named on are counted in the summaries but never listed or named.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class DataQualityModel(CensusDataQuality quality, CensusFindingRows rows) : HearthPageModel
{
    public const string Errors = "errors";
    public const string Queries = "queries";

    // Strings, not Guids: an address someone has edited by hand filters nothing rather than failing to bind.
    [FromQuery(Name = "rule")] public string? Rule { get; set; }
    [FromQuery(Name = "team")] public string? Team { get; set; }
    [FromQuery(Name = "worker")] public string? Worker { get; set; }
    [FromQuery(Name = "kind")] public string? Kind { get; set; }

    public DataQualityReport Report { get; private set; } = null!;
    public IReadOnlyList<CensusFindingRow> Shown { get; private set; } = [];
    public int OpenOnChildren { get; private set; }
    public int NotShownRestricted { get; private set; }
    public IReadOnlyList<CensusFinding> ReturnLevel { get; private set; } = [];
    public IReadOnlyList<(CensusFindingRow Row, CensusQueryExplanation Explanation)> Explained { get; private set; } = [];
    public IReadOnlyList<FindingCount> ByRule { get; private set; } = [];
    public IReadOnlyList<FindingCount> ByTeam { get; private set; } = [];
    public IReadOnlyList<FindingCount> ByWorker { get; private set; } = [];
    public IReadOnlyList<Choice> RuleChoices { get; private set; } = [];
    public IReadOnlyList<Choice> TeamChoices { get; private set; } = [];
    public IReadOnlyList<Choice> WorkerChoices { get; private set; } = [];
    public bool Filtered => Rule is not null || Team is not null || Worker is not null || Kind is not null;

    public async Task OnGetAsync()
    {
        Rule = Blank(Rule);
        Team = Blank(Team);
        Worker = Blank(Worker);
        Kind = Blank(Kind) is { } kind && (kind == Errors || kind == Queries) ? kind : null;
        var ct = HttpContext.RequestAborted;
        Report = await quality.CheckAsync(CensusScope.Everyone, ct);
        var children = await rows.ChildrenAsync(Report.Findings, User.Id(), ct);
        CensusFindingRow Row(CensusFinding f) => new(f, f.PersonId is { } id ? children.GetValueOrDefault(id) : null);

        var open = Report.Open.Where(f => f.PersonId is not null).Select(Row).ToList();
        OpenOnChildren = open.Count;
        ReturnLevel = [.. Report.Open.Where(f => f.PersonId is null)];
        var messages = CinCensusValidator.Rules.ToDictionary(r => r.Code, r => r.Message, StringComparer.Ordinal);

        ByRule = [.. open.GroupBy(r => r.Finding.RuleCode, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FindingCount($"{g.Key}: {messages.GetValueOrDefault(g.Key) ?? g.First().Finding.Message}", g.Count(), Links.DataQualityFiltered(rule: g.Key)))];
        ByTeam = [.. open.GroupBy(r => (r.Child?.TeamId, r.Child?.Team))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Team, StringComparer.Ordinal)
            .Select(g => new FindingCount(g.Key.Team ?? "No team", g.Count(),
                g.Key.TeamId is { } t ? Links.DataQualityFiltered(team: t) : ""))];
        ByWorker = [.. open.GroupBy(r => (r.Child?.WorkerId, r.Child?.Worker))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Worker, StringComparer.Ordinal)
            .Select(g => new FindingCount(g.Key.Worker ?? "Not allocated", g.Count(),
                g.Key.WorkerId is { } w ? Links.DataQualityFiltered(worker: w) : ""))];

        RuleChoices = [.. open.Select(r => r.Finding.RuleCode).Distinct().Order(StringComparer.Ordinal).Select(c => new Choice(c, c))];
        TeamChoices = [.. open.Where(r => r.Child?.TeamId is not null).Select(r => (r.Child!.TeamId!.Value, r.Child.Team!)).Distinct()
            .OrderBy(t => t.Item2, StringComparer.Ordinal).Select(t => new Choice(t.Item1.ToString(), t.Item2))];
        WorkerChoices = [.. open.Where(r => r.Child?.WorkerId is not null).Select(r => (r.Child!.WorkerId!.Value, r.Child.Worker!)).Distinct()
            .OrderBy(w => w.Item2, StringComparer.Ordinal).Select(w => new Choice(w.Item1.ToString(), w.Item2))];

        var filtered = open
            .Where(r => Rule is null || r.Finding.RuleCode == Rule)
            .Where(r => Team is null || r.Child?.TeamId?.ToString() == Team)
            .Where(r => Worker is null || r.Child?.WorkerId?.ToString() == Worker)
            .Where(r => Kind is null || r.Finding.IsQuery == (Kind == Queries))
            .ToList();
        NotShownRestricted = filtered.Count(r => r.Child is not { Visible: true });
        Shown = [.. filtered.Where(r => r.Child is { Visible: true })
            .OrderBy(r => r.Child!.Name, StringComparer.Ordinal).ThenBy(r => r.Finding.RuleCode, StringComparer.Ordinal)];
        Explained = [.. Report.Explained.Select(e => (Row(e.Finding), e.Explanation)).Where(e => e.Item1.Child is { Visible: true })];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
