using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.People.Record;

/// <summary>A manager allocates the child to a worker; the previous allocation ends and stays in the history.</summary>
[RequirePermission(Permission.AllocateWork)]
public sealed class AllocateModel(HearthDbContext db, AllocationService allocations) : PersonPageModel
{
    public override string Tab => "Summary";
    [BindProperty] public string? WorkerId { get; set; }
    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public string? ChangeReason { get; set; }
    public IReadOnlyList<Choice> Workers { get; private set; } = [];

    /// <summary>The worker the child is allocated to now, if any: changing from them needs a reason (SSDA903 SW_REASON).</summary>
    public string? CurrentWorker { get; private set; }

    public IReadOnlyList<Choice> Reasons { get; } =
        [.. SocialWorkerChangeReasons.All.Select(r => new Choice(r.Code, r.Label))];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        StartDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        var start = StartDate.Read(ModelState, nameof(StartDate), "Date of allocation", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Guid? worker = Guid.TryParse(WorkerId, out var id) ? id : null;
        return await TryAsync(() => allocations.AllocateAsync(Id, worker, start, Ctx(), ChangeReason, HttpContext.RequestAborted), "")
            ? Redirect(Links.Person(Id))
            : Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        // Practitioners who hold cases; managers and support roles are not offered.
        var practice = new[] { Role.SocialWorker, Role.SeniorPractitioner, Role.TeamManager, Role.FrontDoorWorker };
        Workers = await db.Users.AsNoTracking().Where(u => u.IsActive && u.TeamId != null && practice.Contains(u.Role))
            .OrderBy(u => u.DisplayName)
            .Select(u => new Choice(u.Id.ToString(), u.DisplayName + " (" + u.Team!.Name + ")", null))
            .ToListAsync(HttpContext.RequestAborted);
        CurrentWorker = await db.Allocations.AsNoTracking().Where(a => a.PersonId == Id && a.EndDate == null)
            .Select(a => a.Worker!.DisplayName).FirstOrDefaultAsync(HttpContext.RequestAborted);
        return null;
    }
}
