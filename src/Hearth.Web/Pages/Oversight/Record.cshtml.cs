using Hearth.Core.Oversight;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Oversight;

/// <summary>A manager records direction on the child's record: decision, reasons, and actions with owners and due dates.</summary>
[RequirePermission(Permission.ManageCasework)]
public sealed class RecordModel(OversightService oversight) : PersonPageModel
{
    public override string Tab => "Chronology";
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public List<ActionRow> Actions { get; set; } = ActionRow.Blank();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        while (Actions.Count < ActionRow.Rows)
        {
            Actions.Add(new ActionRow());
        }
        var date = Date.Read(ModelState, nameof(Date), "The date of the direction", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new OversightInput(date, Decision, Rationale, ActionRow.Read(Actions));
        return await TryAsync(() => oversight.RecordAsync(Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Oversight(Id))
            : Page();
    }
}
