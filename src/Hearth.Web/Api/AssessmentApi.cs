using Hearth.Core.Assessment;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Api;

/// <summary>
/// /api/v1 assessments: the child's assessments, and a manager's authorisation through the same
/// service as the page, so "never authorised by its own author" holds on both routes.
/// </summary>
public static class AssessmentApi
{
    private const string Channel = "api";

    public static void MapAssessmentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiErrors>().DisableAntiforgery()
            .RequireAuthorization(new RequirePermissionAttribute(Permission.UseApi));

        api.MapGet("/people/{id:guid}/assessments", async (Guid id, HttpContext http, RecordAccess access, HearthDbContext db, TimeProvider clock) =>
            {
                await access.OpenAsync(id, http.User.Context(), "Assessments", Channel, http.RequestAborted);
                var today = clock.TodayInEngland();
                var assessments = await db.Assessments.AsNoTracking().Include(a => a.Returns).Where(a => a.PersonId == id)
                    .OrderByDescending(a => a.StartDate).ToListAsync(http.RequestAborted);
                return Results.Ok(assessments.Select(a => AssessmentResponse.From(a, today)));
            })
            .WithTags("Assessments")
            .WithSummary("The child's assessments with their status, working day 45 and lateness")
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ViewPersonRecord));

        api.MapPost("/assessments/{id:guid}/authorise", async (Guid id, AuthoriseAssessmentRequest? request, HttpContext http, RecordAccess access,
                HearthDbContext db, AssessmentService service) =>
            {
                var ctx = http.User.Context();
                var personId = await db.Assessments.Where(a => a.Id == id).Select(a => (Guid?)a.PersonId).SingleOrDefaultAsync(http.RequestAborted)
                    ?? throw new RecordNotFoundException();
                await access.EnsureVisibleAsync(personId, ctx, "Authorise assessment", Channel, http.RequestAborted);
                await service.AuthoriseAsync(id, ctx, request?.LateReason, http.RequestAborted);
                return Results.NoContent();
            })
            .WithTags("Assessments")
            .WithSummary("Authorise a submitted assessment (completing it today); never by the worker who wrote it")
            .ProducesValidationProblem()
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ManageCasework));
    }
}

public sealed record AuthoriseAssessmentRequest(string? LateReason);

public sealed record AssessmentResponse(Guid Id, Guid EpisodeId, string Kind, bool Imported, string Status, DateOnly ReferralDate, DateOnly StartDate,
    DateOnly DueDate, int WorkingDaysLate, DateOnly? ChildSeenDate, DateOnly? ChildSeenAloneDate, IReadOnlyList<string> Factors, string? Outcome,
    string AuthorName, DateOnly? AuthorisedOn, string? AuthorisedBy, string? LateReason, int TimesReturned)
{
    public static AssessmentResponse From(ChildAndFamilyAssessment a, DateOnly today) => new(a.Id, a.EpisodeId, a.Kind.ToString(), a.Imported,
        a.Status.ToString(), a.ReferralDate, a.StartDate, a.DueDate, a.WorkingDaysLate(today), a.ChildSeenDate, a.ChildSeenAloneDate, a.Factors,
        a.Outcome?.ToString(), a.AuthorName, a.AuthorisedOn, a.AuthorisedByName, a.LateReason, a.Returns.Count);
}
