using Hearth.Core.Assessment;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Assessment;

/// <summary>The author continues writing the draft; the service refuses anyone else and anything not a draft.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class EditModel(AssessmentService assessments) : AssessmentPageModel
{
    [BindProperty] public AssessmentForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAssessmentAsync() is { } redirect)
        {
            return redirect;
        }
        Input = AssessmentForm.From(Assessment);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAssessmentAsync() is { } redirect)
        {
            return redirect;
        }
        if (Input.Read(ModelState, nameof(Input)) is not { } input)
        {
            return Page();
        }
        return await TryAsync(() => assessments.SaveAsync(AssessmentId, input, Ctx(), HttpContext.RequestAborted))
            ? Redirect(Links.Assessment(Id, AssessmentId))
            : Page();
    }
}
