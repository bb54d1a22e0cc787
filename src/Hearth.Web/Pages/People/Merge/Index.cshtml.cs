using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Merge;

/// <summary>Managers merge a duplicate into the record that stays; both histories are kept and the merge is itself an event.</summary>
[RequirePermission(Permission.MergePeople)]
public sealed class IndexModel(RecordAccess access, MergeService merges) : HearthPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Keep { get; set; }
    [BindProperty] public string? DuplicateReference { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public Person Survivor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Survivor = (await access.OpenAsync(Keep, Ctx(), "Merge duplicate", ct: HttpContext.RequestAborted)).Person;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] Hearth.Core.Data.HearthDbContext db)
    {
        Survivor = (await access.OpenAsync(Keep, Ctx(), "Merge duplicate", ct: HttpContext.RequestAborted)).Person;
        var reference = DuplicateReference?.Trim().ToUpperInvariant();
        var duplicate = db.People.VisibleTo(User.Id()).Where(p => p.Reference == reference).Select(p => (Guid?)p.Id).SingleOrDefault();
        if (duplicate is null)
        {
            ModelState.AddModelError(nameof(DuplicateReference), "Enter the reference of a record you can see, like C12345678");
            return Page();
        }
        return await TryAsync(() => merges.MergeAsync(Keep, duplicate.Value, Ctx(Reason), HttpContext.RequestAborted), "")
            ? Redirect(Links.History(Keep))
            : Page();
    }
}
