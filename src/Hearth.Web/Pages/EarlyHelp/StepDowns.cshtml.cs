using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;

namespace Hearth.Web.Pages.EarlyHelp;

/// <summary>Step-downs still waiting for the family's consent, with chase and escalation due dates, most pressing first.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class StepDownsModel(StepDownsAwaitingPaperwork awaiting, EarlyHelpOptions options) : HearthPageModel
{
    public AwaitingPaperworkList List { get; private set; } = null!;
    public EarlyHelpOptions Options => options;

    public async Task OnGetAsync() => List = await awaiting.ListAsync(Ctx(), HttpContext.RequestAborted);
}
