using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.People.Search;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Api;

/// <summary>
/// /api/v1/people: the same services, permissions, restrictions and access logging as the pages,
/// for partner systems and the test suite. Authenticate with "Authorization: Bearer &lt;token&gt;".
/// </summary>
public static class PeopleApi
{
    private const string Channel = "api";

    public static void MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiErrors>().DisableAntiforgery()
            .RequireAuthorization(new RequirePermissionAttribute(Permission.UseApi));
        var people = api.MapGroup("/people").WithTags("People");

        people.MapGet("/", async (string? q, HttpContext http, PersonSearch search) =>
                Results.Ok(await search.SearchAsync(q, http.User.Context(), Channel, 50, http.RequestAborted)))
            .RequireAuthorization(new RequirePermissionAttribute(Permission.SearchPeople))
            .WithSummary("Search people by name (typos and sound-alikes), date of birth, NHS number, UPN or postcode");

        people.MapGet("/{id:guid}", async (Guid id, HttpContext http, RecordAccess access) =>
            {
                var opened = await access.OpenAsync(id, http.User.Context(), "Person record", Channel, http.RequestAborted);
                return opened.MergedInto is { } survivor
                    ? Results.Redirect($"/api/v1/people/{survivor}", permanent: false, preserveMethod: true)
                    : Results.Ok(PersonResponse.From(opened.Person));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ViewPersonRecord));

        people.MapPost("/", async (RecordPersonRequest request, HttpContext http, PersonService service, DuplicateFinder duplicates, TimeProvider clock) =>
            {
                if (request.Person is null)
                {
                    // A body without "person" would otherwise reach the validator as null.
                    throw Hearth.Core.Validation.ValidationFailedException.For("Person", "Enter the person's details");
                }
                if (!request.NoneOfTheseIsThePerson)
                {
                    var details = PersonDetailsValidator.Validate(request.Person, clock.TodayInEngland());
                    var matches = await duplicates.FindAndLogAsync(details, http.User.Context(), Channel, http.RequestAborted);
                    if (matches.Count > 0)
                    {
                        return Results.Conflict(matches.Select(m => new PossibleDuplicateResponse(m.Person.Id, m.Person.Reference, m.Person.Name,
                            m.Person.DateOfBirth, m.Strength.ToString(), m.Why)));
                    }
                }
                var person = await service.RecordPersonAsync(request.Person, request.Address, http.User.Context(), http.RequestAborted);
                return Results.Created($"/api/v1/people/{person.Id}", PersonResponse.From(person));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.RecordPerson));

        people.MapPut("/{id:guid}", async (Guid id, PersonDetails request, HttpContext http, RecordAccess access, PersonService service) =>
            {
                await access.EnsureVisibleAsync(id, http.User.Context(), "Change person details", Channel, http.RequestAborted);
                return Results.Ok(PersonResponse.From(await service.ChangeDetailsAsync(id, request, http.User.Context(), http.RequestAborted)));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.EditPerson));

        people.MapGet("/{id:guid}/relationships", async (Guid id, HttpContext http, RecordAccess access, FamilyNetwork family) =>
            {
                await access.OpenAsync(id, http.User.Context(), "Relationships", Channel, http.RequestAborted);
                var related = await family.ForAsync(id, http.User.Id(), http.RequestAborted);
                return Results.Ok(related.Select(r => new RelationshipResponse(r.RelationshipId, id, r.PersonId, r.Name, r.Relationship, r.SameHousehold, r.StartDate, r.EndDate)));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ViewPersonRecord));

        people.MapPost("/{id:guid}/relationships", async (Guid id, RelationshipRequest request, HttpContext http, RecordAccess access, RelationshipService service) =>
            {
                var ctx = http.User.Context();
                await access.EnsureVisibleAsync(id, ctx, "Record relationship", Channel, http.RequestAborted);
                await access.EnsureVisibleAsync(request.RelatedPersonId, ctx, "Record relationship", Channel, http.RequestAborted);
                var r = await service.RecordAsync(id, request.RelatedPersonId, request.Type, request.SameHousehold, request.StartDate, ctx, http.RequestAborted);
                return Results.Created($"/api/v1/people/{id}/relationships", new { r.Id });
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.EditPerson));

        people.MapGet("/{id:guid}/case-notes", async (Guid id, HttpContext http, RecordAccess access, HearthDbContext db) =>
            {
                await access.OpenAsync(id, http.User.Context(), "Case notes", Channel, http.RequestAborted);
                var me = http.User.Id();
                var notes = await db.CaseNotes.AsNoTracking().Include(n => n.Amendments)
                    .Where(n => n.PersonId == id && (n.Status == CaseNoteStatus.Final || n.AuthorId == me))
                    .OrderByDescending(n => n.NoteDate).ToListAsync(http.RequestAborted);
                return Results.Ok(notes.Select(CaseNoteResponse.From));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ViewPersonRecord));

        people.MapPost("/{id:guid}/case-notes", async (Guid id, CaseNoteRequest request, HttpContext http, RecordAccess access, CaseNoteService notes) =>
            {
                await access.EnsureVisibleAsync(id, http.User.Context(), "Write case note", Channel, http.RequestAborted);
                var note = await notes.DraftAsync(id, request.NoteDate, request.Subject, request.Body, http.User.Context(), http.RequestAborted);
                return Results.Created($"/api/v1/case-notes/{note.Id}", CaseNoteResponse.From(note));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.RecordCaseNotes));

        var caseNotes = api.MapGroup("/case-notes").WithTags("Case notes")
            .RequireAuthorization(new RequirePermissionAttribute(Permission.RecordCaseNotes));
        caseNotes.MapPut("/{id:guid}", async (Guid id, CaseNoteRequest request, HttpContext http, CaseNoteAccess access, CaseNoteService notes) =>
        {
            await access.EnsureVisibleAsync(id, http.User.Context(), Channel, http.RequestAborted);
            await notes.EditDraftAsync(id, request.NoteDate, request.Subject, request.Body, http.User.Context(), http.RequestAborted);
            return Results.NoContent();
        });
        caseNotes.MapPost("/{id:guid}/finalise", async (Guid id, HttpContext http, CaseNoteAccess access, CaseNoteService notes) =>
        {
            await access.EnsureVisibleAsync(id, http.User.Context(), Channel, http.RequestAborted);
            await notes.FinaliseAsync(id, http.User.Context(), http.RequestAborted);
            return Results.NoContent();
        });
        caseNotes.MapPost("/{id:guid}/amendments", async (Guid id, AmendmentRequest request, HttpContext http, CaseNoteAccess access, CaseNoteService notes) =>
        {
            await access.EnsureVisibleAsync(id, http.User.Context(), Channel, http.RequestAborted);
            var amendment = await notes.AmendAsync(id, request.Reason, request.Text, http.User.Context(), http.RequestAborted);
            return Results.Created($"/api/v1/case-notes/{id}", new { amendment.Id });
        });
    }
}
