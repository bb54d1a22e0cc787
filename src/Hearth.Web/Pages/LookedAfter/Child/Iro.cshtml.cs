using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>Appoint the child's independent reviewing officer (CA89 s25A) from the users who hold that role.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class IroModel(Core.LookedAfter.CarePeriodService service, HearthDbContext db) : CarePeriodPageModel
{
    [BindProperty] public string? IroUserId { get; set; }
    [BindProperty] public DateParts AppointedOn { get; set; } = new();
    public IReadOnlyList<Choice> Officers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        IroUserId = Period.IndependentReviewingOfficerId?.ToString();
        AppointedOn = DateParts.From(Period.IndependentReviewingOfficerAppointedOn);
        await LoadOfficersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        await LoadOfficersAsync();
        var appointed = AppointedOn.Read(ModelState, nameof(AppointedOn), "The date the independent reviewing officer was appointed", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var iro = Guid.TryParse(IroUserId, out var id) ? id : (Guid?)null;
        return await TryAsync(() => service.AppointIroAsync(PeriodId, iro, appointed, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }

    private async Task LoadOfficersAsync() =>
        Officers = (await db.Users.AsNoTracking().Where(u => u.IsActive && u.Role == Role.IndependentReviewingOfficer)
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(HttpContext.RequestAborted))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).Select(u => new Choice(u.Id.ToString(), u.DisplayName)).ToList();
}
