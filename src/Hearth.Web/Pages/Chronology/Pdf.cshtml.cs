using Hearth.Core.Audit;
using Hearth.Core.Chronology;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Chronology;

/// <summary>The chronology as a PDF for court or a transfer, with the page's filters; the download is logged as an access event.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class PdfModel(ChildChronology chronology, EventRecorder events, HearthDbContext db) : ChronologyPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var filter = ReadFilter();
        if (!ModelState.IsValid)
        {
            return Redirect(Links.Chronology(Id));
        }
        var view = await chronology.ForAsync(Id, filter, HttpContext.RequestAborted);
        var pdf = ChronologyPdf.Render(Person.DisplayName, Person.Reference, filter, view.Lines, Today);
        events.Accessed(Ctx(), AccessKind.DownloadedDocument, Id, "Chronology PDF");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return File(pdf, "application/pdf", $"{Person.Reference}-chronology.pdf");
    }
}
