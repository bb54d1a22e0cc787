using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>Stepping a child down or up: the date, the reason and the team asked to take them. The two pages differ only in direction.</summary>
public abstract class StepFormModel(HearthDbContext db, StepChanges steps) : PersonPageModel
{
    public override string Tab => "Early help";
    public abstract StepDirection Direction { get; }
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? ReceivingTeamId { get; set; }
    public IReadOnlyList<Choice> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        var date = Date.Read(ModelState, nameof(Date), Direction == StepDirection.StepDown ? "The date of the step-down" : "The date of the step-up");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Guid? team = Guid.TryParse(ReceivingTeamId, out var t) ? t : null;
        Guid stepId = default;
        var saved = await TryAsync(async () => stepId = Direction == StepDirection.StepDown
            ? (await steps.StepDownAsync(Id, date, Reason, team, Ctx(), HttpContext.RequestAborted)).Id
            : (await steps.StepUpAsync(Id, date, Reason, team, Ctx(), HttpContext.RequestAborted)).Id, "");
        return saved ? Redirect(Links.StepChange(Id, stepId)) : Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Teams = await EarlyHelpChoices.TeamsAsync(db, HttpContext.RequestAborted);
        return null;
    }
}
