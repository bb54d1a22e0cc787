using System.Globalization;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.LookedAfter.Reviews;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Health;

/// <summary>Record a dated health fact: an assessment, a dental check, immunisations, an SDQ, substance misuse or a conviction (OC2).</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class RecordHealthModel(HealthService health) : LookedAfterRecordPageModel
{
    public static IReadOnlyList<Choice> Kinds { get; } = Enum.GetValues<HealthEntryKind>().Select(k => new Choice(k.ToString(), HealthEntryKinds.Label(k))).ToList();

    public static IReadOnlyList<Choice> SdqReasons { get; } = HealthEntryKinds.SdqReasons.Select(r => new Choice(r.Code, $"{r.Code}: {r.Label}")).ToList();

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateParts On { get; set; } = new();
    [BindProperty] public string? SdqScore { get; set; }
    [BindProperty] public string? SdqReason { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        On = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var on = On.Read(ModelState, nameof(On), "The date", required: true);
        int? score = null;
        if (!string.IsNullOrWhiteSpace(SdqScore))
        {
            if (int.TryParse(SdqScore.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                score = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(SdqScore), "Enter the SDQ score as a whole number from 0 to 40");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new HealthEntryInput(FormChoice.Parse<HealthEntryKind>(Kind), on, score, SdqReason, Notes);
        return await TryAsync(() => health.RecordAsync(Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfterHealth(Id))
            : Page();
    }
}
