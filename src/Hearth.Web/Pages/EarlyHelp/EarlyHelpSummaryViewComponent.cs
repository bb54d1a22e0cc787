using Hearth.Core.EarlyHelp;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp;

/// <summary>
/// The "Early help" card on the child's record page. The record page has already opened the record
/// (and logged the view), so this only reads the child's episodes and step changes.
/// </summary>
public sealed class EarlyHelpSummaryViewComponent(ChildEarlyHelp earlyHelp) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid personId) =>
        View("/Pages/EarlyHelp/_EarlyHelpSummary.cshtml", (personId, await earlyHelp.ForAsync(personId, HttpContext.RequestAborted)));
}
