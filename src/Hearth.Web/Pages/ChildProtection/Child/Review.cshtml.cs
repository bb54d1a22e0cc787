using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>Record a review child protection conference on the child's plan.</summary>
[RequirePermission(Permission.ChairConferences)]
public sealed class ReviewModel : DatedPlanRecordPageModel
{
    [BindProperty] public string? Chair { get; set; }
    [BindProperty] public string? Continue { get; set; }
    [BindProperty] public string? LatestCategory { get; set; }
    [BindProperty] public string? EndReason { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public static IReadOnlyList<Choice> ContinueChoices { get; } = [new("true", "The plan continues"), new("false", "The plan ends")];

    protected override Task SaveAsync(DateOnly? date) =>
        Service.RecordReviewConferenceAsync(PlanId, new ReviewConferenceInput(date, Chair, Continue != "false", ChildProtectionCodes.ParseCategory(LatestCategory), FormChoice.Parse<ChildProtectionPlanEndReason>(EndReason), Notes), Ctx(), HttpContext.RequestAborted);
}
