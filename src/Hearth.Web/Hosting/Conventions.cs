using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Hearth.Web.Hosting;

/// <summary>
/// Page conventions: routes in lower-case words, and an antiforgery check on every form post
/// (Razor Pages validate antiforgery tokens by default; this keeps it so for every folder).
/// </summary>
public static class HearthConventions
{
    public static PageConventionCollection AddHearthConventions(this PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/SignIn");
        conventions.AllowAnonymousToPage("/Error");
        // One page both writes a new note and edits a draft.
        conventions.AddPageRoute("/People/Record/NoteForm", "/people/{id:guid}/notes/{noteId:guid}/edit");
        return conventions;
    }
}
