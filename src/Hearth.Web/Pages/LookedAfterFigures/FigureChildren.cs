using Hearth.Core.Data;
using Hearth.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfterFigures;

/// <summary>A child behind a figure as the user may see them: on a restricted record the user is not named on, counted but not named.</summary>
public sealed record FigureChildRow(Guid PersonId, bool Visible, string? Name, string? Reference);

/// <summary>Puts names to the children behind a figure, in one query whatever their number.</summary>
public sealed class FigureChildren(HearthDbContext db)
{
    public async Task<IReadOnlyList<FigureChildRow>> NamesAsync(IReadOnlyCollection<Guid> ids, Guid userId, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var visible = await db.People.AsNoTracking().VisibleTo(userId).Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.Reference,
                Name = p.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).Select(n => n.GivenNames + " " + n.FamilyName).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, ct);
        return [.. ids.Select(id => visible.TryGetValue(id, out var p)
                ? new FigureChildRow(id, true, p.Name?.Trim() ?? p.Reference, p.Reference)
                : new FigureChildRow(id, false, null, null))
            .OrderBy(r => r.Name, StringComparer.Ordinal)];
    }
}
