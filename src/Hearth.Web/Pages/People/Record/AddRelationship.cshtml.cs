using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

/// <summary>How the chosen person is related: one question, stored once and shown from both sides.</summary>
[RequirePermission(Permission.EditPerson)]
public sealed class AddRelationshipModel(RecordAccess access, RelationshipService relationships) : PersonPageModel
{
    public override string Tab => "Family and network";
    [BindProperty(SupportsGet = true)] public Guid? RelatedPersonId { get; set; }
    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? SameHousehold { get; set; }
    public Person Related { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } early)
        {
            return early;
        }
        RelationshipType? type = FormChoice.Parse<RelationshipType>(Type);
        if (SameHousehold is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(SameHousehold), $"Select yes if {Related.LegalName.GivenNames} lives with {Person.LegalName.GivenNames}");
        }
        if (type is null)
        {
            ModelState.AddModelError(nameof(Type), $"Select how {Related.LegalName.GivenNames} is related to {Person.LegalName.GivenNames}");
        }
        if (!ModelState.IsValid || !await TryAsync(() => relationships.RecordAsync(Id, Related.Id, type, SameHousehold == "yes", null, Ctx(), HttpContext.RequestAborted), ""))
        {
            return Page();
        }
        return Redirect(Links.Relationships(Id));
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (RelatedPersonId is not { } relatedId)
        {
            return Redirect(Links.FindPerson(relatedTo: Id));
        }
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Related = (await access.OpenAsync(relatedId, Ctx(), "Add relationship", ct: HttpContext.RequestAborted)).Person;
        return null;
    }
}
