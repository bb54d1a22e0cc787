using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>Record that the MASH asked a partner agency what it knows; the time asked is the time saved.</summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class RequestInformationModel(MashScreening screening) : ContactPageModel
{
    protected override string What => "Ask a partner agency";
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? AgencyDetail { get; set; }
    [BindProperty] public string? Question { get; set; }

    public static IReadOnlyList<Choice> Agencies { get; } = Enum.GetValues<PartnerAgency>().Select(a => new Choice(a.ToString(), a.Label())).ToList();

    public async Task OnGetAsync() => await OpenContactAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await OpenContactAsync();
        PartnerAgency? agency = FormChoice.Parse<PartnerAgency>(Agency);
        return await TryAsync(() => screening.RequestInformationAsync(ContactId, agency, AgencyDetail, Question, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Contact(ContactId))
            : Page();
    }
}
