using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Core.People.Search;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>Find a child through search and link them to the contact; the household's children are offered too.</summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class LinkChildrenModel(MashScreening screening, PersonSearch search, FamilyNetwork family, TimeProvider clock) : ContactPageModel
{
    protected override string What => "Link a child";
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [BindProperty] public List<Guid> Children { get; set; } = [];
    public IReadOnlyList<PersonSearchResult> Results { get; private set; } = [];
    public IReadOnlyList<RelatedPerson> Household { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await TryAsync(() => screening.LinkChildrenAsync(ContactId, Children, Ctx(), HttpContext.RequestAborted), ""))
        {
            return Redirect(Links.Contact(ContactId));
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        await OpenContactAsync();
        var linked = Contact.Children.Select(c => c.PersonId).ToHashSet();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = (await search.SearchAsync(Query, Ctx(), "web", 20, HttpContext.RequestAborted)).Where(r => !linked.Contains(r.Id)).ToList();
        }
        var today = clock.TodayInEngland();
        var household = new List<RelatedPerson>();
        foreach (var child in linked)
        {
            household.AddRange(await family.ForAsync(child, User.Id(), HttpContext.RequestAborted));
        }
        Household = household
            .Where(r => r.SameHousehold && r.EndDate is null && !linked.Contains(r.PersonId) && r.DateOfBirth is { } dob && dob > today.AddYears(-18))
            .DistinctBy(r => r.PersonId).ToList();
    }
}
