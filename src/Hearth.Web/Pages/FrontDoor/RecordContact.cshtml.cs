using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Core.People.Search;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>
/// Record a contact in under a minute: find the child (search before anything else), tick any of the
/// household's children it is also about, and fill in one page. Received now, by phone, about a
/// concern are the defaults because they are the common case.
/// </summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class RecordContactModel(ContactRecording recording, PersonSearch search, FamilyNetwork family, FrontDoorQueue queue, RecordAccess access, TimeProvider clock) : HearthPageModel
{
    [FromQuery(Name = "child")] public Guid? ChildId { get; set; }
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [BindProperty] public ContactForm Form { get; set; } = new();
    [BindProperty] public List<Guid> Children { get; set; } = [];

    public QueueChild? Child { get; private set; }
    public IReadOnlyList<RelatedPerson> HouseholdChildren { get; private set; } = [];
    public IReadOnlyList<PersonSearchResult> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Form = new ContactForm
        {
            SubmissionKey = Guid.NewGuid(),
            ReceivedDate = DateParts.From(DateOnly.FromDateTime(EnglandClock.ToEnglandTime(now))),
            ReceivedTime = TimeOfDay.Format(now),
            Channel = ContactChannel.Phone.ToString(),
            Type = ContactType.Concern.ToString(),
        };
        return await LoadAsync() ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }
        var receivedAt = TimeOfDay.Read(ModelState, Form.ReceivedDate, "Form.ReceivedDate", Form.ReceivedTime, "Form.ReceivedTime", "the contact was received");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var children = ChildId is { } child ? Children.Append(child).Distinct().ToList() : Children;
        Contact? contact = null;
        var saved = await TryAsync(async () =>
            contact = await recording.RecordAsync(Form.ToInput(receivedAt, children), Ctx(), HttpContext.RequestAborted), "Form");
        return saved ? Redirect(Links.Contact(contact!.Id)) : Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (ChildId is { } childId)
        {
            var ctx = Ctx();
            await access.EnsureVisibleAsync(childId, ctx, "Record a contact", ct: HttpContext.RequestAborted);
            var visible = await family.ForAsync(childId, ctx.UserId, HttpContext.RequestAborted);
            var shown = await queue.ChildrenAsync([childId], ctx.UserId, HttpContext.RequestAborted);
            if (!shown.TryGetValue(childId, out var child))
            {
                return NotFound();
            }
            Child = child;
            var today = clock.TodayInEngland();
            HouseholdChildren = visible
                .Where(r => r.SameHousehold && r.EndDate is null && r.DateOfBirth is { } dob && dob > today.AddYears(-18))
                .ToList();
        }
        else if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = await search.SearchAsync(Query, Ctx(), "web", 20, HttpContext.RequestAborted);
        }
        return null;
    }
}
