using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Reviews;

/// <summary>Record a looked-after review: when, who chaired it (the IRO, CA89 s25B), how the child took part, and what it recommended.</summary>
[RequirePermission(Permission.ChairConferences)]
public sealed class RecordReviewModel(LookedAfterReviewService reviews) : LookedAfterRecordPageModel
{
    public static IReadOnlyList<Choice> Participation { get; } = ReviewParticipation.All.Select(p => new Choice(p.Code, $"{p.Code}: {p.Label}")).ToList();

    [BindProperty] public DateParts HeldOn { get; set; } = new();
    [BindProperty] public string? ChairName { get; set; }
    [BindProperty] public string? ParticipationCode { get; set; }
    [BindProperty] public string? Recommendations { get; set; }

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
        var held = HeldOn.Read(ModelState, nameof(HeldOn), "The date of the review", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new LookedAfterReviewInput(held, ChairName, ParticipationCode, Recommendations);
        return await TryAsync(() => reviews.RecordAsync(Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfterReviews(Id))
            : Page();
    }
}
