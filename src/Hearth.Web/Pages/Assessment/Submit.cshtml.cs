using Hearth.Core.Assessment;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Assessment;

/// <summary>The author checks the assessment and submits it to a manager; past working day 45 a reason is needed.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class SubmitModel(AssessmentService assessments) : AssessmentPageModel
{
    [BindProperty] public string? LateReason { get; set; }

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
        return await TryAsync(() => assessments.SubmitAsync(AssessmentId, Ctx(), LateReason, HttpContext.RequestAborted), "")
            ? Redirect(Links.Assessment(Id, AssessmentId))
            : Page();
    }
}
