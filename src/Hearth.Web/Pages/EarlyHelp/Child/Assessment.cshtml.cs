using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>Record the early help assessment: start, completion, the lead professional and the needs found. Recording it again corrects it.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class AssessmentModel(EarlyHelpService earlyHelp) : EarlyHelpEpisodePageModel
{
    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public DateParts CompletedDate { get; set; } = new();
    [BindProperty] public string? LeadProfessionalName { get; set; }
    [BindProperty] public string? LeadOrganisation { get; set; }
    [BindProperty] public string? NeedsIdentified { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        StartDate = DateParts.From(Episode.AssessmentStartDate ?? Today);
        CompletedDate = DateParts.From(Episode.AssessmentCompletedDate);
        (LeadProfessionalName, LeadOrganisation, NeedsIdentified) = (Episode.LeadProfessionalName, Episode.LeadOrganisation, Episode.NeedsIdentified);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        var start = StartDate.Read(ModelState, nameof(StartDate), "The date the assessment started");
        var completed = CompletedDate.Read(ModelState, nameof(CompletedDate), "The date the assessment was completed");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var assessment = new EarlyHelpAssessment(start, completed, LeadProfessionalName, LeadOrganisation, NeedsIdentified);
        return await TryAsync(() => earlyHelp.RecordAssessmentAsync(EpisodeId, assessment, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.EarlyHelpEpisode(Id, EpisodeId))
            : Page();
    }
}
