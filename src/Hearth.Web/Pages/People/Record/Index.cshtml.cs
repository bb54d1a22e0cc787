using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.People.Record;

public sealed record AllocationRow(string Worker, string Team, DateOnly StartDate, DateOnly? EndDate);

[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(HearthDbContext db, Hearth.Core.FrontDoor.ChildFrontDoorHistory frontDoor) : PersonPageModel
{
    public override string Tab => "Summary";
    public IReadOnlyList<AllocationRow> Allocations { get; private set; } = [];
    public IReadOnlyList<Hearth.Core.People.ProfessionalInvolvement> Involvements { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public bool Created { get; set; }
    public Hearth.Core.FrontDoor.ChildFrontDoorSummary FrontDoor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Allocations = await db.Allocations.AsNoTracking().Where(a => a.PersonId == Id).OrderByDescending(a => a.StartDate)
            .Select(a => new AllocationRow(a.Worker!.DisplayName, a.Team!.Name, a.StartDate, a.EndDate)).ToListAsync(HttpContext.RequestAborted);
        Involvements = await db.ProfessionalInvolvements.AsNoTracking().Where(i => i.PersonId == Id && i.EndDate == null)
            .OrderBy(i => i.Role).ToListAsync(HttpContext.RequestAborted);
        FrontDoor = await frontDoor.ForAsync(Id, HttpContext.RequestAborted);
        return Page();
    }
}
