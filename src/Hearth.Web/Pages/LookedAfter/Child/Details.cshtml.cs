using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>The child's SSDA903 details the person record does not hold: UASC, motherhood, permanence before care.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class DetailsModel(LookedAfterChildProfileService service, HearthDbContext db) : PersonPageModel
{
    public override string Tab => LookedAfterChoices.Tab;

    public static IReadOnlyList<Choice> PreviousPermanenceChoices { get; } =
    [
        new("Z1", "None"),
        new("P1", "Adoption"),
        new("P2", "Special guardianship order"),
        new("P3", "Residence order or child arrangements order"),
        new("P4", "Not known"),
    ];

    [BindProperty] public string? UnaccompaniedAsylumSeeker { get; set; }
    [BindProperty] public DateParts UascCeasedOn { get; set; } = new();
    [BindProperty] public string? IsMother { get; set; }
    [BindProperty] public DateParts MothersChildBirthDate { get; set; } = new();
    [BindProperty] public string? PreviousPermanence { get; set; }
    [BindProperty] public string? PreviousPermanenceAuthority { get; set; }
    [BindProperty] public string? PreviousPermanenceDate { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        if (await db.LookedAfterChildProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == Id, HttpContext.RequestAborted) is { } profile)
        {
            UnaccompaniedAsylumSeeker = profile.UnaccompaniedAsylumSeeker ? "true" : "false";
            UascCeasedOn = DateParts.From(profile.UascCeasedOn);
            IsMother = profile.IsMother?.ToString().ToLowerInvariant();
            MothersChildBirthDate = DateParts.From(profile.MothersChildBirthDate);
            PreviousPermanence = profile.PreviousPermanence;
            PreviousPermanenceAuthority = profile.PreviousPermanenceAuthority;
            PreviousPermanenceDate = profile.PreviousPermanenceDate;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var ceased = UascCeasedOn.Read(ModelState, nameof(UascCeasedOn), "The date asylum-seeking status ended", required: false);
        var childBorn = MothersChildBirthDate.Read(ModelState, nameof(MothersChildBirthDate), "Her child's date of birth", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new LookedAfterChildProfileInput(LookedAfterChoices.ParseBool(UnaccompaniedAsylumSeeker), ceased,
            LookedAfterChoices.ParseBool(IsMother), childBorn, PreviousPermanence, PreviousPermanenceAuthority, PreviousPermanenceDate);
        return await TryAsync(() => service.SaveAsync(Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }
}
