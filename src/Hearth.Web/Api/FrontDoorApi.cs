using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Api;

/// <summary>
/// /api/v1/contacts and /api/v1/referrals: partner agencies' systems send contacts to the front door
/// and follow them, with the same services, checks, restrictions and access logging as the pages.
/// </summary>
public static class FrontDoorApi
{
    private const string Channel = "api";

    public static void MapFrontDoorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiErrors>().DisableAntiforgery()
            .RequireAuthorization(new RequirePermissionAttribute(Permission.UseApi));

        var contacts = api.MapGroup("/contacts").WithTags("Contacts")
            .RequireAuthorization(new RequirePermissionAttribute(Permission.RecordContacts));

        contacts.MapPost("/", async (ContactRequest request, HttpContext http, ContactRecording recording, RecordAccess access) =>
            {
                var ctx = http.User.Context();
                // Checked here too so a refused restricted child is logged as an API attempt.
                foreach (var child in (request.Children ?? []).Distinct())
                {
                    await access.EnsureVisibleAsync(child, ctx, "Record a contact", Channel, http.RequestAborted);
                }
                var contact = await WithApiFieldNames(() => recording.RecordAsync(request.ToInput(), ctx, http.RequestAborted));
                return Results.Created($"/api/v1/contacts/{contact.Id}", new ContactCreatedResponse(contact.Id, contact.Reference, contact.Status.ToString()));
            })
            .WithSummary("Send a contact to the front door about children already on the record")
            .Produces<ContactCreatedResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        contacts.MapGet("/{id:guid}", async (Guid id, HttpContext http, ContactAccess access) =>
                Results.Ok(ContactResponse.From(await access.OpenAsync(id, http.User.Context(), "Contact (API)", Channel, http.RequestAborted))))
            .WithSummary("A contact as received, its RAG rating, decision deadline, status and threshold decision")
            .Produces<ContactResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var referrals = api.MapGroup("/referrals").WithTags("Referrals")
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ViewPersonRecord));

        referrals.MapGet("/", async (Guid? personId, HttpContext http, RecordAccess access, HearthDbContext db) =>
            {
                if (personId is not { } id)
                {
                    throw ValidationFailedException.For("personId", "Enter the id of the child whose referrals you want");
                }
                var opened = await access.OpenAsync(id, http.User.Context(), "Referrals", Channel, http.RequestAborted);
                if (opened.MergedInto is { } survivor)
                {
                    return Results.Redirect($"/api/v1/referrals?personId={survivor}", permanent: false, preserveMethod: true);
                }
                var episodes = await db.CinEpisodes.AsNoTracking().Where(e => e.PersonId == id)
                    .OrderByDescending(e => e.ReferralDate).ThenByDescending(e => e.OpenedAt)
                    .ToListAsync(http.RequestAborted);
                return Results.Ok(episodes.Select(ReferralResponse.From).ToList());
            })
            .WithSummary("A child's referrals to children's social care (CIN episodes), newest first")
            .Produces<List<ReferralResponse>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        referrals.MapGet("/{id:guid}", async (Guid id, HttpContext http, RecordAccess access, HearthDbContext db) =>
            {
                var episode = await db.CinEpisodes.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, http.RequestAborted)
                    ?? throw new RecordNotFoundException();
                // Opening the child's record checks the restriction and logs the read against the child.
                await access.OpenAsync(episode.PersonId, http.User.Context(), "Referral", Channel, http.RequestAborted);
                return Results.Ok(ReferralResponse.From(episode));
            })
            .WithSummary("One referral (CIN episode)")
            .Produces<ReferralResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The contact checks name the worker's date and time boxes; the API has one field, receivedAt.</summary>
    private static async Task<T> WithApiFieldNames<T>(Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (ValidationFailedException e)
        {
            throw new ValidationFailedException(e.Errors.Select(x => x.Field == "ReceivedDate" ? x with { Field = "ReceivedAt" } : x).ToList());
        }
    }
}
