using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>Give or change a contact's RAG rating; the decision deadline follows from it.</summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class RateModel(MashScreening screening, FrontDoorOptions options) : ContactPageModel
{
    protected override string What => "Rate";
    [BindProperty] public string? Rag { get; set; }
    [BindProperty] public string? RagRationale { get; set; }
    public FrontDoorOptions Options => options;

    public async Task OnGetAsync()
    {
        await OpenContactAsync();
        Rag = Contact.Rag?.ToString();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await OpenContactAsync();
        RagRating? rag = FormChoice.Parse<RagRating>(Rag);
        return await TryAsync(() => screening.RateAsync(ContactId, rag, RagRationale, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Contact(ContactId))
            : Page();
    }
}
