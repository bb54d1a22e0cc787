using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Reviews;

/// <summary>Record a challenge the IRO raised about the child's plan (IRO Handbook 2010 ch 6): informal or formal.</summary>
[RequirePermission(Permission.ChairConferences)]
public sealed class RaiseChallengeModel(IroChallengeService challenges) : LookedAfterRecordPageModel
{
    public static IReadOnlyList<Choice> Stages { get; } = [new("false", "Informal"), new("true", "Formal")];

    [BindProperty] public DateParts RaisedOn { get; set; } = new();
    [BindProperty] public string? RaisedBy { get; set; }
    [BindProperty] public string? Formal { get; set; }
    [BindProperty] public string? Concern { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        RaisedOn = DateParts.From(Today);
        RaisedBy = User.Context().UserName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var raised = RaisedOn.Read(ModelState, nameof(RaisedOn), "The date the challenge was raised", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new IroChallengeInput(raised, RaisedBy, LookedAfterChoices.ParseBool(Formal), Concern);
        return await TryAsync(() => challenges.RaiseAsync(Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfterReviews(Id))
            : Page();
    }
}
