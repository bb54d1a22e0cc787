using Hearth.Core.People;
using Hearth.Core.People.Search;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Create;

/// <summary>
/// Create a person, reached only from a search. Before saving, likely and possible matches are shown;
/// the worker must confirm none is the same person, so duplicates are stopped at the door.
/// </summary>
[RequirePermission(Permission.RecordPerson)]
public sealed class IndexModel(PersonService people, DuplicateFinder duplicates) : HearthPageModel
{
    [BindProperty] public PersonForm Input { get; set; } = new();
    [BindProperty] public bool NoneOfTheseIsThePerson { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? RelatedTo { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    public IReadOnlyList<PossibleDuplicate> Matches { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (Query is null)
        {
            // Search before create, always (DESIGN.md idea 1).
            return Redirect(Links.FindPerson());
        }
        var words = SearchQuery.Parse(Query).NameWords;
        if (words.Count >= 2)
        {
            Input.GivenNames = Capitalise(words[0]);
            Input.FamilyName = Capitalise(words[^1]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        if (details is null)
        {
            return Page();
        }
        if (!NoneOfTheseIsThePerson)
        {
            Matches = await duplicates.FindAndLogAsync(details, Ctx(), ct: HttpContext.RequestAborted);
            if (Matches.Count > 0)
            {
                return Page();
            }
        }
        Person? created = null;
        if (!await TryAsync(async () => created = await people.RecordPersonAsync(details, Input.ToAddress(), Ctx(), HttpContext.RequestAborted)))
        {
            // Address errors come back as "Address.Line1"; the form's fields are flat.
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Address.", StringComparison.Ordinal)).ToList())
            {
                foreach (var error in ModelState[key]!.Errors)
                {
                    ModelState.AddModelError(key.Replace("Input.Address.", "Input.", StringComparison.Ordinal), error.ErrorMessage);
                }
                ModelState.Remove(key);
            }
            return Page();
        }
        return RelatedTo is { } relatedTo
            ? Redirect(Links.AddRelationship(relatedTo, created!.Id))
            : Redirect(Links.PersonCreated(created!.Id));
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
