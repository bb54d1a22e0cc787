using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

/// <summary>Record a professional involved with the person: GP, school, health visitor and others.</summary>
[RequirePermission(Permission.EditPerson)]
public sealed class AddInvolvementModel(RelationshipService relationships) : PersonPageModel
{
    public override string Tab => "Family and network";
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? ProfessionalName { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }

    public static IReadOnlyList<Choice> Roles { get; } = Enum.GetValues<InvolvementRole>()
        .Select(r => new Choice(r.ToString(), InvolvementRoles.Label(r))).ToList();

    public async Task<IActionResult> OnGetAsync() => await OpenAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        InvolvementRole? role = FormChoice.Parse<InvolvementRole>(Role);
        return await TryAsync(() => relationships.RecordInvolvementAsync(Id, role, Organisation, ProfessionalName, Phone, Email, Today, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Relationships(Id))
            : Page();
    }
}
