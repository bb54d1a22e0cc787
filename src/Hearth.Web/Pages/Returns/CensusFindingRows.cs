using System.Security.Claims;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Returns;

/// <summary>
/// The child a finding is about as the signed-in user may see them: a child on a restricted record the
/// user is not named on has <see cref="Visible"/> false, and is counted but never named.
/// </summary>
public sealed record CensusChildRow(Guid PersonId, bool Visible, string? Name, string? Reference,
    Guid? TeamId, string? Team, Guid? WorkerId, string? Worker);

/// <summary>One open finding on the data-quality page, with the child, team and worker it belongs to.</summary>
public sealed record CensusFindingRow(CensusFinding Finding, CensusChildRow? Child);

/// <summary>
/// Puts names to findings: the child (when visible to the user), the team of their open child in need
/// episode (or, when it has none, of their current allocation) and the worker of their current allocation. One query each, whatever the number of children.
/// </summary>
public sealed class CensusFindingRows(HearthDbContext db)
{
    public Task<IReadOnlyDictionary<Guid, CensusChildRow>> ChildrenAsync(IEnumerable<CensusFinding> findings, Guid userId,
        CancellationToken ct) =>
        ChildrenAsync(findings.Where(f => f.PersonId is not null).Select(f => f.PersonId!.Value), userId, ct);

    /// <summary>The same for any return's findings (the SSDA903's too): the children by person id.</summary>
    public async Task<IReadOnlyDictionary<Guid, CensusChildRow>> ChildrenAsync(IEnumerable<Guid> people, Guid userId, CancellationToken ct)
    {
        var ids = people.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, CensusChildRow>();
        }
        var visible = await db.People.AsNoTracking().VisibleTo(userId).Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.Reference,
                Name = p.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).Select(n => n.GivenNames + " " + n.FamilyName).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, ct);
        var teams = (await db.CinEpisodes.AsNoTracking().Where(e => ids.Contains(e.PersonId) && e.CloseDate == null && e.TeamId != null)
                .Join(db.Teams, e => e.TeamId, t => t.Id, (e, t) => new { e.PersonId, e.ReferralDate, TeamId = t.Id, t.Name })
                .ToListAsync(ct))
            .GroupBy(e => e.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.ReferralDate).First());
        var workers = (await db.Allocations.AsNoTracking().Where(a => ids.Contains(a.PersonId) && a.EndDate == null)
                .Select(a => new { a.PersonId, a.StartDate, a.WorkerId, Worker = a.Worker!.DisplayName, a.TeamId, Team = a.Team!.Name })
                .ToListAsync(ct))
            .GroupBy(a => a.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.StartDate).First());
        return ids.ToDictionary(id => id, id =>
        {
            var shown = visible.TryGetValue(id, out var person);
            teams.TryGetValue(id, out var team);
            workers.TryGetValue(id, out var worker);
            return new CensusChildRow(id, shown, shown ? person!.Name?.Trim() ?? person.Reference : null, shown ? person!.Reference : null,
                team?.TeamId ?? worker?.TeamId, team?.Name ?? worker?.Team, worker?.WorkerId, worker?.Worker);
        });
    }
}

/// <summary>How a finding reads on a page: its tag, its module and field, and where to put it right.</summary>
public static class CensusFindingText
{
    public static string Tag(CensusFinding finding) => finding.IsQuery ? "Query" : "Error";

    public static string TagClass(CensusFinding finding) => finding.IsQuery ? "govuk-tag govuk-tag--yellow" : "govuk-tag govuk-tag--red";

    public static string Where(CensusFinding finding) => $"{finding.Table}: {finding.Field}";

    public static string Value(CensusFinding finding) => string.IsNullOrEmpty(finding.Value) ? "Not recorded" : finding.Value;

    /// <summary>
    /// The page of the child's record where the finding is put right; a user who may not change the
    /// person's details is sent to the record itself instead of a page they would be refused.
    /// </summary>
    public static string? Fix(ClaimsPrincipal user, CensusFinding finding)
    {
        if (finding.PersonId is not { } id)
        {
            return null;
        }
        var link = Links.CensusFix(id, finding.Table);
        return link == Links.ChangeDetails(id) && !user.Can(Permission.EditPerson) ? Links.Person(id) : link;
    }
}
