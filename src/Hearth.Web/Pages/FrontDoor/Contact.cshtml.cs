using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>One contact: what was said, by whom, the MASH's checks, the decision and the letters to the referrer.</summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class ContactModel(ContactAccess access, FrontDoorQueue queue, HearthDbContext db, MashScreening screening, ReferrerLetters letters,
    TimeProvider clock) : HearthPageModel
{
    [FromRoute] public Guid ContactId { get; set; }
    public Contact Contact { get; private set; } = null!;
    public IReadOnlyList<QueueChild> Children { get; private set; } = [];
    public IReadOnlyList<CinEpisode> Episodes { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostTreatAsReferralAsync()
    {
        var ok = await TryAsync(() => screening.TreatAsReferralAsync(ContactId, Ctx(), HttpContext.RequestAborted), "");
        return await AfterAsync(ok);
    }

    public async Task<IActionResult> OnPostGenerateLetterAsync(LetterKind kind)
    {
        var ok = Enum.IsDefined(kind) && await TryAsync(() => letters.GenerateAsync(ContactId, kind, Ctx(), HttpContext.RequestAborted), "");
        return await AfterAsync(ok);
    }

    private async Task<IActionResult> AfterAsync(bool ok)
    {
        if (ok)
        {
            return Redirect(Links.Contact(ContactId));
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Contact = await access.OpenAsync(ContactId, Ctx(), "Contact", ct: HttpContext.RequestAborted);
        var ids = Contact.Children.Select(c => c.PersonId).ToList();
        var names = await queue.ChildrenAsync(ids, User.Id(), HttpContext.RequestAborted);
        Children = ids.Where(names.ContainsKey).Select(id => names[id]).ToList();
        Episodes = await db.CinEpisodes.AsNoTracking().Where(e => e.ContactId == ContactId).ToListAsync(HttpContext.RequestAborted);
    }
}
