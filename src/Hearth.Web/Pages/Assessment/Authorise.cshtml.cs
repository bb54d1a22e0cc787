using Hearth.Core.Assessment;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Assessment;

/// <summary>The manager reads the submitted assessment and authorises it (completing it today) or returns it with comments.</summary>
[RequirePermission(Permission.ManageCasework)]
public sealed class AuthoriseModel(AssessmentService assessments) : AssessmentPageModel
{
    [BindProperty] public string? LateReason { get; set; }
    [BindProperty] public string? Comments { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAssessmentAsync() is { } redirect)
        {
            return redirect;
        }
        LateReason = Assessment.LateReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAssessmentAsync() is { } redirect)
        {
            return redirect;
        }
        return await TryAsync(() => assessments.AuthoriseAsync(AssessmentId, Ctx(), LateReason, HttpContext.RequestAborted), "")
            ? Redirect(Links.Assessment(Id, AssessmentId))
            : Page();
    }

    public async Task<IActionResult> OnPostReturnAsync()
    {
        if (await OpenAssessmentAsync() is { } redirect)
        {
            return redirect;
        }
        return await TryAsync(() => assessments.ReturnAsync(AssessmentId, Comments, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Assessment(Id, AssessmentId))
            : Page();
    }
}
