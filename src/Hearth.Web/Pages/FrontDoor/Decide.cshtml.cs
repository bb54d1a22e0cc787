using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>
/// The threshold decision. Before the form, the page shows the children's and household's history:
/// contacts and referrals in the last 12 months, open episodes, early help, and a re-referral warning.
/// </summary>
[RequirePermission(Permission.MakeThresholdDecisions)]
public sealed class DecideModel(ThresholdDecisions decisions, DecisionBackground background) : ContactPageModel
{
    protected override string What => "Threshold decision";
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    public DecisionBackgroundView Background { get; private set; } = null!;

    public static IReadOnlyList<Choice> Outcomes { get; } = Enum.GetValues<ThresholdOutcome>().Select(o => new Choice(o.ToString(), o.Label())).ToList();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Contact.Status == ContactStatus.Decided ? Redirect(Links.Contact(ContactId)) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ThresholdOutcome? outcome = FormChoice.Parse<ThresholdOutcome>(Outcome);
        if (await TryAsync(() => decisions.DecideAsync(ContactId, outcome, Rationale, Ctx(), HttpContext.RequestAborted), ""))
        {
            return Redirect(Links.Contact(ContactId));
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        await OpenContactAsync();
        Background = await background.ForAsync(Contact, User.Id(), HttpContext.RequestAborted);
    }
}
