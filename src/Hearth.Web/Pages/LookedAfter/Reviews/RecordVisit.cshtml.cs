using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Reviews;

/// <summary>Record a statutory visit to a looked-after child (CPPCR 2010 regs 28-29): seen, seen alone, and what was observed.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class RecordVisitModel(LookedAfterVisitService visits) : LookedAfterRecordPageModel
{
    [BindProperty] public DateParts VisitedOn { get; set; } = new();
    [BindProperty] public string? VisitedBy { get; set; }
    [BindProperty] public string? ChildSeen { get; set; }
    [BindProperty] public string? SeenAlone { get; set; }
    [BindProperty] public string? Observations { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        VisitedOn = DateParts.From(Today);
        VisitedBy = User.Context().UserName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var date = VisitedOn.Read(ModelState, nameof(VisitedOn), "The date of the visit", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new LookedAfterVisitInput(date, VisitedBy, LookedAfterChoices.ParseBool(ChildSeen), LookedAfterChoices.ParseBool(SeenAlone), Observations);
        return await TryAsync(() => visits.RecordAsync(Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfterReviews(Id))
            : Page();
    }
}
