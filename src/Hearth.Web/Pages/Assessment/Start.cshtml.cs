using Hearth.Core.Assessment;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Assessment;

/// <summary>Start a child and family assessment on the child's open episode; it is saved as a draft to finish later.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class StartModel(AssessmentService assessments, CinEpisodeGuard episodes) : PersonPageModel
{
    public override string Tab => "Assessments";
    [BindProperty] public AssessmentForm Input { get; set; } = new();
    public string? NoEpisode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Input.StartDate = Shared.DateParts.From(Today);
        await FindEpisodeAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        if (await FindEpisodeAsync() is not { } episodeId || Input.Read(ModelState, nameof(Input)) is not { } input)
        {
            return Page();
        }
        ChildAndFamilyAssessment? started = null;
        return await TryAsync(async () => started = await assessments.StartAsync(episodeId, input, Ctx(), HttpContext.RequestAborted))
            ? Redirect(Links.Assessment(Id, started!.Id))
            : Page();
    }

    private async Task<Guid?> FindEpisodeAsync()
    {
        try
        {
            return (await episodes.CurrentEpisodeAsync(Id, HttpContext.RequestAborted)).Id;
        }
        catch (ValidationFailedException e)
        {
            NoEpisode = e.Errors[0].Message;
            return null;
        }
    }
}
