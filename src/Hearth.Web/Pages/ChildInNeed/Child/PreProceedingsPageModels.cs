using System.Globalization;
using Hearth.Core.CareProceedings;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Start recording pre-proceedings on the open episode.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class RecordPreProceedingsModel(PreProceedingsService service, HearthDbContext db) : PreProceedingsPageModel(service, db)
{
    protected override Guid? ExistingId => null;
}

/// <summary>Change pre-proceedings as they go on: the letter, the meetings, the decision.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class ChangePreProceedingsModel(PreProceedingsService service, HearthDbContext db) : PreProceedingsPageModel(service, db)
{
    [FromRoute] public Guid PreProceedingsId { get; set; }

    protected override Guid? ExistingId => PreProceedingsId;
}

/// <summary>Pre-proceedings under the Public Law Outline and family group decision making, on the child's open episode (CIN census 2026-27).</summary>
public abstract class PreProceedingsPageModel(PreProceedingsService service, HearthDbContext db) : CinEpisodePageModel
{
    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public DateParts LetterBeforeProceedingsSentOn { get; set; } = new();
    [BindProperty] public string? FamilyGroupMeetingOffered { get; set; }
    [BindProperty] public string? FamilyGroupMeetingFacilitated { get; set; }
    [BindProperty] public DateParts InitialMeetingOn { get; set; } = new();
    [BindProperty] public string? ReviewMeetingsCount { get; set; }
    [BindProperty] public DateParts StepDecisionOn { get; set; } = new();
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public DateParts CourtApplicationOn { get; set; } = new();
    [BindProperty] public DateParts LetterInitiatingProceedingsOn { get; set; } = new();

    protected abstract Guid? ExistingId { get; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        if (ExistingId is { } id)
        {
            var p = await db.PreProceedings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.EpisodeId == EpisodeId, HttpContext.RequestAborted)
                ?? throw new RecordNotFoundException();
            (StartDate, LetterBeforeProceedingsSentOn, InitialMeetingOn) = (DateParts.From(p.StartDate), DateParts.From(p.LetterBeforeProceedingsSentOn), DateParts.From(p.InitialMeetingOn));
            (StepDecisionOn, CourtApplicationOn, LetterInitiatingProceedingsOn) = (DateParts.From(p.StepDecisionOn), DateParts.From(p.CourtApplicationOn), DateParts.From(p.LetterInitiatingProceedingsOn));
            FamilyGroupMeetingOffered = p.FamilyGroupMeetingOffered?.ToString().ToLowerInvariant();
            FamilyGroupMeetingFacilitated = p.FamilyGroupMeetingFacilitated?.ToString().ToLowerInvariant();
            ReviewMeetingsCount = p.ReviewMeetingsCount?.ToString(CultureInfo.InvariantCulture);
            Outcome = p.Outcome;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        var existing = ExistingId;
        var input = new PreProceedingsInput(
            StartDate.Read(ModelState, nameof(StartDate), "The date pre-proceedings started", required: true),
            LetterBeforeProceedingsSentOn.Read(ModelState, nameof(LetterBeforeProceedingsSentOn), "The date the letter before proceedings was sent"),
            CinChoices.ParseBool(FamilyGroupMeetingOffered),
            CinChoices.ParseBool(FamilyGroupMeetingFacilitated),
            InitialMeetingOn.Read(ModelState, nameof(InitialMeetingOn), "The date of the first meeting"),
            ReadCount(),
            StepDecisionOn.Read(ModelState, nameof(StepDecisionOn), "The date of the decision"),
            Outcome,
            CourtApplicationOn.Read(ModelState, nameof(CourtApplicationOn), "The date of the court application"),
            LetterInitiatingProceedingsOn.Read(ModelState, nameof(LetterInitiatingProceedingsOn), "The date of the letter of issue"));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.SaveAsync(EpisodeId, existing, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildInNeed(Id))
            : Page();
    }

    private int? ReadCount()
    {
        if (string.IsNullOrWhiteSpace(ReviewMeetingsCount))
        {
            return null;
        }
        if (int.TryParse(ReviewMeetingsCount.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }
        ModelState.AddModelError(nameof(ReviewMeetingsCount), "Enter the number of review meetings as a whole number, like 2");
        return null;
    }
}
