using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>Record what a partner agency shared, and when it answered.</summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class InformationResponseModel(MashScreening screening, TimeProvider clock) : ContactPageModel
{
    protected override string What => "Record an agency's response";
    [FromRoute] public Guid RequestId { get; set; }
    [BindProperty] public DateParts RespondedDate { get; set; } = new();
    [BindProperty] public string? RespondedTime { get; set; }
    [BindProperty] public string? InformationShared { get; set; }
    public InformationRequest AgencyRequest { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        RespondedDate = DateParts.From(DateOnly.FromDateTime(Hearth.Core.Data.EnglandClock.ToEnglandTime(now)));
        RespondedTime = TimeOfDay.Format(now);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }
        var at = TimeOfDay.Read(ModelState, RespondedDate, nameof(RespondedDate), RespondedTime, nameof(RespondedTime), "the agency responded");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => screening.RecordInformationResponseAsync(ContactId, RequestId, at, InformationShared, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Contact(ContactId))
            : Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        await OpenContactAsync();
        var request = Contact.InformationRequests.SingleOrDefault(r => r.Id == RequestId);
        if (request is null)
        {
            return NotFound();
        }
        AgencyRequest = request;
        return null;
    }
}
