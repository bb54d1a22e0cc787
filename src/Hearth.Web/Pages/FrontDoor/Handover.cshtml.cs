using System.Globalization;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>
/// The morning handover: the contacts the emergency duty team took out of hours, listed on the
/// working day the day team picks them up (<see cref="Contact.HandoverDate"/>).
/// </summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class HandoverModel(FrontDoorLists lists, TimeProvider clock, IWorkingDayCalendar calendar) : HearthPageModel
{
    [FromQuery(Name = "date")] public string? Date { get; set; }
    public DateOnly Day { get; private set; }
    public IReadOnlyList<HandoverRow> Rows { get; private set; } = [];
    public DateOnly PreviousWorkingDay => WorkingDays.AddWorkingDays(Day, -1, calendar);
    public DateOnly NextWorkingDay => WorkingDays.AddWorkingDays(Day, 1, calendar);

    public async Task OnGetAsync()
    {
        Day = clock.TodayInEngland();
        if (!string.IsNullOrWhiteSpace(Date))
        {
            if (DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked))
            {
                Day = asked;
            }
            else
            {
                ModelState.AddModelError("date", "Enter a real date, like 2026-05-04. Showing today's handover instead");
            }
        }
        Rows = await lists.HandoverAsync(Day, Ctx(), HttpContext.RequestAborted);
    }
}
