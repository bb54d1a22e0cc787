using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Returns;

/// <summary>
/// In-year 903 data quality (issue 6): every finding the DfE's SSDA903 rules make on the record today, by child, with
/// where to put it right, filtered by rule, team and worker. A page of its own rather than a filter on the census
/// data-quality page: the 903 has no queries to explain, and its findings are put right on other tabs. Children on
/// restricted records the user is not named on are counted but never listed or named.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class Ssda903DataQualityModel(Ssda903Checks checks, CensusFindingRows rows, TimeProvider clock) : HearthPageModel
{
    // Strings, not Guids: an address someone has edited by hand filters nothing rather than failing to bind.
    [FromQuery(Name = "rule")] public string? Rule { get; set; }
    [FromQuery(Name = "team")] public string? Team { get; set; }
    [FromQuery(Name = "worker")] public string? Worker { get; set; }

    public Ssda903Report Report { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<Ssda903FindingRow> Shown { get; private set; } = [];
    public int OnChildren { get; private set; }
    public int NotShownRestricted { get; private set; }
    public IReadOnlyList<Ssda903Finding> ReturnLevel { get; private set; } = [];
    public IReadOnlyList<FindingCount> ByRule { get; private set; } = [];
    public IReadOnlyList<FindingCount> ByTeam { get; private set; } = [];
    public IReadOnlyList<FindingCount> ByWorker { get; private set; } = [];
    public IReadOnlyList<Choice> RuleChoices { get; private set; } = [];
    public IReadOnlyList<Choice> TeamChoices { get; private set; } = [];
    public IReadOnlyList<Choice> WorkerChoices { get; private set; } = [];
    public bool Filtered => Rule is not null || Team is not null || Worker is not null;

    public async Task OnGetAsync()
    {
        Rule = Blank(Rule);
        Team = Blank(Team);
        Worker = Blank(Worker);
        var ct = HttpContext.RequestAborted;
        Today = clock.TodayInEngland();
        Report = await checks.CheckAsync(CensusYear.Containing(Today), ct: ct);
        var children = await rows.ChildrenAsync(Report.Findings.Where(f => f.PersonId is not null).Select(f => f.PersonId!.Value), User.Id(), ct);

        var onChildren = Report.Findings.Where(f => f.PersonId is not null)
            .Select(f => new Ssda903FindingRow(f, children.GetValueOrDefault(f.PersonId!.Value))).ToList();
        OnChildren = onChildren.Count;
        ReturnLevel = [.. Report.Findings.Where(f => f.PersonId is null)];
        var messages = Ssda903Validator.Rules.ToDictionary(r => r.Code, r => r.Message, StringComparer.Ordinal);

        ByRule = [.. onChildren.GroupBy(r => r.Finding.RuleCode, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FindingCount($"{g.Key}: {messages.GetValueOrDefault(g.Key) ?? g.First().Finding.Message}", g.Count(), Links.Ssda903DataQualityFiltered(rule: g.Key)))];
        ByTeam = [.. onChildren.GroupBy(r => (r.Child?.TeamId, r.Child?.Team))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Team, StringComparer.Ordinal)
            .Select(g => new FindingCount(g.Key.Team ?? "No team", g.Count(), g.Key.TeamId is { } t ? Links.Ssda903DataQualityFiltered(team: t) : ""))];
        ByWorker = [.. onChildren.GroupBy(r => (r.Child?.WorkerId, r.Child?.Worker))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Worker, StringComparer.Ordinal)
            .Select(g => new FindingCount(g.Key.Worker ?? "Not allocated", g.Count(), g.Key.WorkerId is { } w ? Links.Ssda903DataQualityFiltered(worker: w) : ""))];

        RuleChoices = [.. onChildren.Select(r => r.Finding.RuleCode).Distinct().Order(StringComparer.Ordinal).Select(c => new Choice(c, c))];
        TeamChoices = [.. onChildren.Where(r => r.Child?.TeamId is not null).Select(r => (r.Child!.TeamId!.Value, r.Child.Team!)).Distinct()
            .OrderBy(t => t.Item2, StringComparer.Ordinal).Select(t => new Choice(t.Item1.ToString(), t.Item2))];
        WorkerChoices = [.. onChildren.Where(r => r.Child?.WorkerId is not null).Select(r => (r.Child!.WorkerId!.Value, r.Child.Worker!)).Distinct()
            .OrderBy(w => w.Item2, StringComparer.Ordinal).Select(w => new Choice(w.Item1.ToString(), w.Item2))];

        var filtered = onChildren
            .Where(r => Rule is null || r.Finding.RuleCode == Rule)
            .Where(r => Team is null || r.Child?.TeamId?.ToString() == Team)
            .Where(r => Worker is null || r.Child?.WorkerId?.ToString() == Worker)
            .ToList();
        NotShownRestricted = filtered.Count(r => r.Child is not { Visible: true });
        Shown = [.. filtered.Where(r => r.Child is { Visible: true })
            .OrderBy(r => r.Child!.Name, StringComparer.Ordinal).ThenBy(r => r.Finding.RuleCode, StringComparer.Ordinal)];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
