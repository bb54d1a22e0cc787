using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Admin;

/// <summary>Attempts to open restricted records by people not on their list, for administrators and auditors to follow up.</summary>
[RequirePermission(Permission.ViewRefusedAccess)]
public sealed class RefusedAccessModel(HearthDbContext db) : HearthPageModel
{
    public IReadOnlyList<AccessEvent> Attempts { get; private set; } = [];

    /// <summary>The record's reference only: an administrator follows up the attempt without reading the restricted record.</summary>
    public IReadOnlyDictionary<Guid, string> References { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync()
    {
        Attempts = await db.AccessEvents.AsNoTracking().Where(a => a.Kind == AccessKind.RefusedRestrictedRecord)
            .OrderByDescending(a => a.OccurredAt).Take(500).ToListAsync(HttpContext.RequestAborted);
        var ids = Attempts.Select(a => a.PersonId).OfType<Guid>().Distinct().ToList();
        References = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Reference, HttpContext.RequestAborted);
    }
}
