using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>Start the section 47 enquiry a strategy discussion decided on.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class StartSection47Model : ChildProtectionPageModel
{
    [FromRoute] public Guid StrategyDiscussionId { get; set; }
    public StrategyDiscussion Discussion { get; private set; } = null!;
    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public DateParts ChildSeenOn { get; set; } = new();
    [BindProperty] public DateParts ChildSeenAloneOn { get; set; } = new();
    [BindProperty] public DateParts MedicalOn { get; set; } = new();
    [BindProperty] public string? MedicalNotes { get; set; }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Discussion = await OwnAsync(Db.StrategyDiscussions.Where(d => d.Id == StrategyDiscussionId), d => d.PersonId);
        return null;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        StartDate = DateParts.From(Discussion.HeldOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        var start = StartDate.Read(ModelState, nameof(StartDate), "The date the enquiry started");
        var seen = ChildSeenOn.Read(ModelState, nameof(ChildSeenOn), "The date the child was seen");
        var alone = ChildSeenAloneOn.Read(ModelState, nameof(ChildSeenAloneOn), "The date the child was seen alone");
        var medical = MedicalOn.Read(ModelState, nameof(MedicalOn), "The date of the medical");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => Service.StartSection47Async(Discussion.Id, new Section47StartInput(start, seen, alone, medical, MedicalNotes), Ctx(),
                HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildProtection(Id))
            : Page();
    }
}
