using Hearth.Core.ChildProtection;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>Record the initial child protection conference; a decision of "plan" starts the plan (the only way one starts).</summary>
[RequirePermission(Permission.ChairConferences)]
public sealed class InitialConferenceModel : ConferencePageModel
{
    [FromRoute] public Guid EnquiryId { get; set; }
    public Section47Enquiry Enquiry { get; private set; } = null!;

    /// <summary>Working days from the strategy discussion to today, so the chair sees where the clock stands.</summary>
    public int WorkingDaysSoFar => WorkingDays.WorkingDaysBetween(Enquiry.StrategyDiscussionDate, Today, HolidayCalendar.EnglandAndWales);

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Enquiry = await OwnAsync(Db.Section47Enquiries.Where(s => s.Id == EnquiryId), s => s.PersonId);
        return null;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        var input = ReadConference();
        if (input is null)
        {
            return Page();
        }
        return await TryAsync(() => Service.RecordInitialConferenceAsync(Enquiry.Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildProtection(Id))
            : Page();
    }
}

/// <summary>The conference questions shared by the initial and the transfer-in conference pages.</summary>
public abstract class ConferencePageModel : ChildProtectionPageModel
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Chair { get; set; }
    [BindProperty] public List<string> AgenciesAttended { get; set; } = [];
    [BindProperty] public List<string> AgencyReports { get; set; } = [];
    [BindProperty] public List<string> ChildParticipation { get; set; } = [];
    [BindProperty] public string? ChildViews { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? OutlinePlan { get; set; }

    public static IReadOnlyList<Choice> Participation { get; } =
        [new("Attended", "The child attended"), new("Advocate", "The child had an advocate"), new("ViewsConveyed", "The child’s views were conveyed")];

    /// <returns>The conference as entered, or null when the date could not be read (the error is in ModelState).</returns>
    protected InitialConferenceInput? ReadConference()
    {
        var date = Date.Read(ModelState, nameof(Date), "The date of the conference");
        if (!ModelState.IsValid)
        {
            return null;
        }
        var agencies = Enum.GetValues<Agency>()
            .Where(a => AgenciesAttended.Contains(a.ToString()) || AgencyReports.Contains(a.ToString()))
            .Select(a => new ConferenceAgency { Agency = a, Attended = AgenciesAttended.Contains(a.ToString()), ReportSubmitted = AgencyReports.Contains(a.ToString()) })
            .ToList();
        return new InitialConferenceInput(date, Chair, agencies, ChildParticipation.Contains("Attended"), ChildParticipation.Contains("Advocate"),
            ChildParticipation.Contains("ViewsConveyed"), ChildViews, FormChoice.Parse<ConferenceDecision>(Decision),
            ChildProtectionCodes.ParseCategory(Category), OutlinePlan);
    }
}
