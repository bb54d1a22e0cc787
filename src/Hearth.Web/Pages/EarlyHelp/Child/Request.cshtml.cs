using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>Record a request for early help. It opens an episode only with the family's consent: early help is voluntary.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class RequestModel(EarlyHelpService earlyHelp) : PersonPageModel
{
    public override string Tab => "Early help";
    [BindProperty] public DateParts RequestedOn { get; set; } = new();
    [BindProperty] public string? RequestedBy { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool ConsentGiven { get; set; }
    [BindProperty] public DateParts ConsentDate { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        RequestedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var requestedOn = RequestedOn.Read(ModelState, nameof(RequestedOn), "The date early help was requested");
        var consentDate = ConsentDate.Read(ModelState, nameof(ConsentDate), "The date the family gave consent");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var request = new EarlyHelpRequest(requestedOn, FormChoice.Parse<EarlyHelpRequester>(RequestedBy), Reason, ConsentGiven, consentDate);
        Guid episodeId = default;
        return await TryAsync(async () => episodeId = (await earlyHelp.RequestAsync(Id, request, Ctx(), HttpContext.RequestAborted)).Id, "")
            ? Redirect(Links.EarlyHelpEpisode(Id, episodeId))
            : Page();
    }
}
