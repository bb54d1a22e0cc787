using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>Record how a section 47 enquiry concluded.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class Section47OutcomeModel : ChildProtectionPageModel
{
    [FromRoute] public Guid EnquiryId { get; set; }
    public Section47Enquiry Enquiry { get; private set; } = null!;
    [BindProperty] public DateParts OutcomeDate { get; set; } = new();
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Notes { get; set; }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Enquiry = await OwnAsync(Db.Section47Enquiries.Where(s => s.Id == EnquiryId), s => s.PersonId);
        return null;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        OutcomeDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        var date = OutcomeDate.Read(ModelState, nameof(OutcomeDate), "The date the enquiry concluded");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new Section47OutcomeInput(date, FormChoice.Parse<Section47Outcome>(Outcome), Notes);
        return await TryAsync(() => Service.RecordSection47OutcomeAsync(Enquiry.Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildProtection(Id))
            : Page();
    }
}
