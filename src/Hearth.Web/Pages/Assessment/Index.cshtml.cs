using Hearth.Core.Assessment;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Assessment;

/// <summary>The child's assessments, newest first, with their status, working day 45 and how late they are or were.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(HearthDbContext db) : PersonPageModel
{
    public override string Tab => "Assessments";
    public IReadOnlyList<ChildAndFamilyAssessment> Assessments { get; private set; } = [];

    /// <summary>True when the child has an open episode without an assessment in progress, so one can be started.</summary>
    public bool CanStart { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var ct = HttpContext.RequestAborted;
        Assessments = await db.Assessments.AsNoTracking().Where(a => a.PersonId == Id)
            .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.CreatedAt).ToListAsync(ct);
        var openEpisodes = await db.CinEpisodes.AsNoTracking().Where(e => e.PersonId == Id && e.CloseDate == null).Select(e => e.Id).ToListAsync(ct);
        CanStart = openEpisodes.Any(e => !Assessments.Any(a => a.EpisodeId == e && a.Kind == AssessmentKind.ChildAndFamily && a.Status != AssessmentStatus.Authorised));
        return Page();
    }
}
