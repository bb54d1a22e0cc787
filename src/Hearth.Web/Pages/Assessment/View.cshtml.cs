using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Assessment;

/// <summary>One assessment as written, with the manager's returns, and what the reader may do next.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class ViewModel : AssessmentPageModel
{
    public async Task<IActionResult> OnGetAsync() => await OpenAssessmentAsync() ?? Page();
}
