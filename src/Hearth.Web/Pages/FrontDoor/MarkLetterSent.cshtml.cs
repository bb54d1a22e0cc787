using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>Record that a letter went to the referrer: the date and where it went.</summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class MarkLetterSentModel(ReferrerLetters letters, TimeProvider clock) : ContactPageModel
{
    protected override string What => "Record a letter as sent";
    [FromRoute] public Guid LetterId { get; set; }
    [BindProperty] public DateParts SentOn { get; set; } = new();
    [BindProperty] public string? SentTo { get; set; }
    public ReferrerLetter Letter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }
        SentOn = DateParts.From(clock.TodayInEngland());
        SentTo = Contact.Referrer.Email ?? Contact.Referrer.Address;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }
        var date = SentOn.Read(ModelState, nameof(SentOn), "The date it was sent", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => letters.MarkSentAsync(ContactId, LetterId, date, SentTo, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Contact(ContactId))
            : Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        await OpenContactAsync();
        var letter = Contact.Letters.SingleOrDefault(l => l.Id == LetterId);
        if (letter is null)
        {
            return NotFound();
        }
        Letter = letter;
        return null;
    }
}
