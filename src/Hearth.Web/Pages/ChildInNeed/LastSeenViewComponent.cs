using Hearth.Core.ChildInNeed;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed;

/// <summary>
/// "Last seen" on the child's record page, for any child who has had a CIN episode. The record page
/// has already opened the record (and logged the view), so this only reads the visits.
/// </summary>
public sealed class LastSeenViewComponent(ChildrenNotSeen notSeen) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid personId, DateOnly today) =>
        View("/Pages/ChildInNeed/Child/_LastSeen.cshtml", (await notSeen.LastSeenAsync(personId, HttpContext.RequestAborted), today));
}
