using Hearth.Core.Chronology;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Chronology;

/// <summary>Add a significant event the record does not hold, usually from another agency.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class AddModel(ChronologyService chronology) : PersonPageModel
{
    public override string Tab => "Chronology";
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? WhatHappened { get; set; }

    public async Task<IActionResult> OnGetAsync() => await OpenAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var date = Date.Read(ModelState, nameof(Date), "The date it happened", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => chronology.AddEntryAsync(Id, date, Source, WhatHappened, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Chronology(Id))
            : Page();
    }
}
