using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>The MASH queue: contacts awaiting a threshold decision, most urgent first.</summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class IndexModel(FrontDoorQueue queue, TimeProvider clock) : HearthPageModel
{
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public QueuePage Queue { get; private set; } = null!;
    public DateTime Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Queue = await queue.OpenContactsAsync(Ctx(), PageNumber, HttpContext.RequestAborted);
    }
}
