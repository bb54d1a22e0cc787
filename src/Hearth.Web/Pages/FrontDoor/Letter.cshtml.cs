using Hearth.Core.Audit;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>Download a letter to the referrer as the PDF that was stored when it was written; the download is logged.</summary>
[RequirePermission(Permission.RecordContacts)]
public sealed class LetterModel : ContactPageModel
{
    protected override string What => "Letter to the referrer";
    [FromRoute] public Guid LetterId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await OpenContactAsync();
        var letter = Contact.Letters.SingleOrDefault(l => l.Id == LetterId);
        if (letter is null)
        {
            return NotFound();
        }
        return File(letter.Pdf, "application/pdf", $"{Contact.Reference}-{letter.Kind.ToString().ToLowerInvariant()}.pdf");
    }
}
