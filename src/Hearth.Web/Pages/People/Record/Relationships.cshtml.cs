using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

[RequirePermission(Permission.ViewPersonRecord)]
public sealed class RelationshipsModel(FamilyNetwork family) : PersonPageModel
{
    public override string Tab => "Family and network";
    public IReadOnlyList<RelatedPerson> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Related = await family.ForAsync(Id, User.Id(), HttpContext.RequestAborted);
        return Page();
    }
}
