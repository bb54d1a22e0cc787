using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>The period's adoption decisions: what the 903's AD1 and PlacedAdoption tables report.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class AdoptionModel(CourtAndAdoptionService service, HearthDbContext db) : CarePeriodPageModel
{
    public static IReadOnlyList<Choice> ReversalReasons { get; } =
    [
        new("RD1", "RD1 The child's needs changed after the decision"),
        new("RD2", "RD2 The court did not make a placement order"),
        new("RD3", "RD3 Prospective adopters could not be found"),
        new("RD4", "RD4 Any other reason"),
    ];

    public static IReadOnlyList<Choice> AdopterSexes { get; } =
        [new("M1", "One man"), new("F1", "One woman"), new("MM", "Two men"), new("FF", "Two women"), new("MF", "A man and a woman")];

    public static IReadOnlyList<Choice> AdopterStatuses { get; } =
    [
        new("L0", "L0 Single"), new("L11", "L11 Married (opposite sex)"), new("L12", "L12 Married (same sex)"),
        new("L2", "L2 Civil partners"), new("L3", "L3 Unmarried couple"), new("L4", "L4 Other"),
    ];

    [BindProperty] public DateParts ShouldBePlacedOn { get; set; } = new();
    [BindProperty] public DateParts BestInterestDecisionOn { get; set; } = new();
    [BindProperty] public DateParts MatchedOn { get; set; } = new();
    [BindProperty] public string? FosterCarerAdopting { get; set; }
    [BindProperty] public string? NumberOfAdopters { get; set; }
    [BindProperty] public string? AdoptersSex { get; set; }
    [BindProperty] public string? AdoptersLegalStatus { get; set; }
    [BindProperty] public DateParts ReversedOn { get; set; } = new();
    [BindProperty] public string? ReversedReason { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        if (await db.AdoptionDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.CarePeriodId == PeriodId, HttpContext.RequestAborted) is { } d)
        {
            ShouldBePlacedOn = DateParts.From(d.ShouldBePlacedOn);
            BestInterestDecisionOn = DateParts.From(d.BestInterestDecisionOn);
            MatchedOn = DateParts.From(d.MatchedOn);
            FosterCarerAdopting = d.FosterCarerAdopting?.ToString().ToLowerInvariant();
            NumberOfAdopters = d.NumberOfAdopters?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            AdoptersSex = d.AdoptersSex;
            AdoptersLegalStatus = d.AdoptersLegalStatus;
            ReversedOn = DateParts.From(d.ReversedOn);
            ReversedReason = d.ReversedReason;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        var placed = ShouldBePlacedOn.Read(ModelState, nameof(ShouldBePlacedOn), "The date of the decision", required: false);
        var bestInterest = BestInterestDecisionOn.Read(ModelState, nameof(BestInterestDecisionOn), "The date of the best-interest decision", required: false);
        var matched = MatchedOn.Read(ModelState, nameof(MatchedOn), "The date of the match", required: false);
        var reversed = ReversedOn.Read(ModelState, nameof(ReversedOn), "The date the decision was reversed", required: false);
        int? adopters = null;
        if (!string.IsNullOrWhiteSpace(NumberOfAdopters))
        {
            if (int.TryParse(NumberOfAdopters, out var n))
            {
                adopters = n;
            }
            else
            {
                ModelState.AddModelError(nameof(NumberOfAdopters), "The number of adopters must be 1 or 2");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new AdoptionDecisionInput(placed, reversed, ReversedReason, bestInterest, matched,
            LookedAfterChoices.ParseBool(FosterCarerAdopting), adopters, AdoptersSex, AdoptersLegalStatus);
        return await TryAsync(() => service.RecordAdoptionDecisionAsync(PeriodId, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }
}
