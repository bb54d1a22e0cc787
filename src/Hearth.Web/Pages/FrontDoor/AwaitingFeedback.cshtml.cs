using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>
/// Decided contacts whose referrer has not been sent the outcome letter, oldest decision first, so
/// no referrer is left not knowing what happened (WT23 ch.3).
/// </summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class AwaitingFeedbackModel(FrontDoorLists lists) : HearthPageModel
{
    public AwaitingFeedbackList List { get; private set; } = new([], 0);

    public async Task OnGetAsync() => List = await lists.AwaitingFeedbackAsync(Ctx(), HttpContext.RequestAborted);
}
