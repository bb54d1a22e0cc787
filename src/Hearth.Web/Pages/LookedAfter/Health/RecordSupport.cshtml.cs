using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.LookedAfter.Reviews;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Health;

/// <summary>Record, or later update, an independent visitor (CA89 s23ZB) or advocacy (s26A): requested, matched or started, ended.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class RecordSupportModel(SupportArrangementService support, HearthDbContext db) : LookedAfterRecordPageModel
{
    public static IReadOnlyList<Choice> Kinds { get; } =
        [new(nameof(SupportKind.IndependentVisitor), "Independent visitor"), new(nameof(SupportKind.Advocacy), "Advocacy")];

    [BindProperty(SupportsGet = true)] public Guid? ArrangementId { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateParts RequestedOn { get; set; } = new();
    [BindProperty] public DateParts StartedOn { get; set; } = new();
    [BindProperty] public DateParts EndedOn { get; set; } = new();
    [BindProperty] public string? ProviderName { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        if (ArrangementId is { } id)
        {
            var s = await db.SupportArrangements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.PersonId == Id, HttpContext.RequestAborted)
                ?? throw new RecordNotFoundException();
            (Kind, ProviderName) = (s.Kind.ToString(), s.ProviderName);
            (RequestedOn, StartedOn, EndedOn) = (DateParts.From(s.RequestedOn), DateParts.From(s.StartedOn), DateParts.From(s.EndedOn));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var input = new SupportArrangementInput(
            FormChoice.Parse<SupportKind>(Kind),
            RequestedOn.Read(ModelState, nameof(RequestedOn), "The date it was requested", required: true),
            StartedOn.Read(ModelState, nameof(StartedOn), "The date it was matched or started"),
            EndedOn.Read(ModelState, nameof(EndedOn), "The date it ended"),
            ProviderName);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => support.SaveAsync(Id, ArrangementId, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfterHealth(Id))
            : Page();
    }
}
