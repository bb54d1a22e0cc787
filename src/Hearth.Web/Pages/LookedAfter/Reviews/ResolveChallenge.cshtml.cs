using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Reviews;

/// <summary>Record how an IRO challenge was resolved.</summary>
[RequirePermission(Permission.ChairConferences)]
public sealed class ResolveChallengeModel(IroChallengeService challenges, HearthDbContext db) : LookedAfterRecordPageModel
{
    [BindProperty(SupportsGet = true)] public Guid ChallengeId { get; set; }
    [BindProperty] public DateParts ResolvedOn { get; set; } = new();
    [BindProperty] public string? Resolution { get; set; }
    public IroChallenge Raised { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        await LoadAsync();
        ResolvedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        await LoadAsync();
        var resolved = ResolvedOn.Read(ModelState, nameof(ResolvedOn), "The date the challenge was resolved", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => challenges.ResolveAsync(Id, ChallengeId, new IroChallengeResolution(resolved, Resolution), Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfterReviews(Id))
            : Page();
    }

    private async Task LoadAsync() =>
        Raised = await db.IroChallenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == ChallengeId && c.PersonId == Id, HttpContext.RequestAborted)
            ?? throw new RecordNotFoundException();
}
