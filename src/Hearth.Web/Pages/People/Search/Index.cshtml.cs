using Hearth.Core.Data;
using Hearth.Core.People.Search;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Search;

/// <summary>Search before create: the only way to reach "Create a new person" is through a search that was run.</summary>
[RequirePermission(Permission.SearchPeople)]
public sealed class IndexModel(PersonSearch search, TimeProvider clock) : HearthPageModel
{
    public DateOnly Today => clock.TodayInEngland();
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    /// <summary>When set, the search is to pick a relative for this person.</summary>
    [BindProperty(SupportsGet = true)] public Guid? RelatedTo { get; set; }
    public IReadOnlyList<PersonSearchResult>? Results { get; private set; }

    public async Task OnGetAsync()
    {
        if (Query is null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(Query) || SearchQuery.Parse(Query).IsEmpty)
        {
            ModelState.AddModelError("q", "Enter a name, date of birth, NHS number, UPN or postcode");
            return;
        }
        if (Query.Length > 200)
        {
            ModelState.AddModelError("q", "Search must be 200 characters or fewer");
            return;
        }
        Results = await search.SearchAsync(Query, Ctx(), ct: HttpContext.RequestAborted);
    }
}
