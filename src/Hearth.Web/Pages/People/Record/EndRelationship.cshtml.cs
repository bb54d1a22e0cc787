using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

/// <summary>End a relationship (a partner leaves, a carer stops caring): it stays in the record with its end date.</summary>
[RequirePermission(Permission.EditPerson)]
public sealed class EndRelationshipModel(FamilyNetwork family, RelationshipService relationships) : PersonPageModel
{
    public override string Tab => "Family and network";
    [FromRoute] public Guid RelationshipId { get; set; }
    [BindProperty] public DateParts EndDate { get; set; } = new();
    public RelatedPerson Related { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } early)
        {
            return early;
        }
        EndDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } early)
        {
            return early;
        }
        var end = EndDate.Read(ModelState, nameof(EndDate), "Date the relationship ended", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => relationships.EndAsync(RelationshipId, end, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Relationships(Id))
            : Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        // Only a relationship of this person that this user may see (the other person may be restricted).
        var related = (await family.ForAsync(Id, User.Id(), HttpContext.RequestAborted)).FirstOrDefault(r => r.RelationshipId == RelationshipId && r.EndDate is null);
        if (related is null)
        {
            return NotFound();
        }
        Related = related;
        return null;
    }
}
