using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.LookedAfter.Reviews;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Health;

/// <summary>Record a personal education plan meeting (DfE 2018): the school, the virtual school's part, and whether the child is missing education.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class RecordEducationModel(PersonalEducationPlanService plans) : LookedAfterRecordPageModel
{
    [BindProperty] public DateParts HeldOn { get; set; } = new();
    [BindProperty] public string? School { get; set; }
    [BindProperty] public string? VirtualSchoolInvolved { get; set; }
    [BindProperty] public string? MissingEducation { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        HeldOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var held = HeldOn.Read(ModelState, nameof(HeldOn), "The date of the PEP meeting", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new PersonalEducationPlanInput(held, School, LookedAfterChoices.ParseBool(VirtualSchoolInvolved), LookedAfterChoices.ParseBool(MissingEducation), Notes);
        return await TryAsync(() => plans.RecordAsync(Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfterHealth(Id))
            : Page();
    }
}
