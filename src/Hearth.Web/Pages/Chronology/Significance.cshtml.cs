using Hearth.Core.Chronology;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Chronology;

/// <summary>Mark a chronology entry significant and say what its impact on the child was.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class SignificanceModel(ChildChronology chronology, ChronologyService service) : PersonPageModel
{
    public override string Tab => "Chronology";
    [FromQuery] public long Entry { get; set; }
    [BindProperty] public bool Significant { get; set; }
    [BindProperty] public string? Impact { get; set; }
    public ChronologyLine Line { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        if (await LoadAsync() is not { } line)
        {
            return NotFound();
        }
        (Significant, Impact) = (line.Significant, line.Impact);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        if (await LoadAsync() is null)
        {
            return NotFound();
        }
        return await TryAsync(() => service.AnnotateAsync(Id, Entry, Significant, Impact, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Chronology(Id) + $"#entry-{Entry}")
            : Page();
    }

    private async Task<ChronologyLine?> LoadAsync()
    {
        var line = await chronology.EntryAsync(Id, Entry, HttpContext.RequestAborted);
        if (line is not null)
        {
            Line = line;
        }
        return line;
    }
}
