using Hearth.Core.FrontDoor;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>A page about one contact: it opens the contact through <see cref="ContactAccess"/>, so every view is logged and restrictions hold.</summary>
public abstract class ContactPageModel : HearthPageModel
{
    [FromRoute] public Guid ContactId { get; set; }
    public Contact Contact { get; private set; } = null!;

    protected abstract string What { get; }

    protected async Task OpenContactAsync()
    {
        var access = HttpContext.RequestServices.GetRequiredService<ContactAccess>();
        Contact = await access.OpenAsync(ContactId, Ctx(), What, ct: HttpContext.RequestAborted);
    }
}
