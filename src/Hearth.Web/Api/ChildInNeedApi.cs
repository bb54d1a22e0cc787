using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Api;

public sealed record CinPlanResponse(Guid Id, Guid EpisodeId, Guid PersonId, DateOnly StartDate, string Status, DateOnly? FinalisedOn, DateOnly? NextReviewDate)
{
    public static CinPlanResponse From(ChildInNeedPlan p) => new(p.Id, p.EpisodeId, p.PersonId, p.StartDate, p.Status.ToString(), p.FinalisedOn, p.NextReviewDate);
}

public sealed record CinClosureRequest(DateOnly? CloseDate, string? ReasonForClosure, string? Summary);

public sealed record CinEpisodeResponse(Guid Id, Guid PersonId, DateOnly ReferralDate, bool IsOpen, DateOnly? CloseDate, string? ReasonForClosure, bool ReferralNfa,
    string? ClosureSummary)
{
    public static CinEpisodeResponse From(CinEpisode e) => new(e.Id, e.PersonId, e.ReferralDate, e.IsOpen, e.CloseDate, e.ReasonForClosure, e.ReferralNfa, e.ClosureSummary);
}

/// <summary>
/// /api/v1/child-in-need-plans and /api/v1/cin-episodes: the same services as the pages, so a plan
/// with an action lacking an owner or date, or a closure without a DfE reason, is refused here too.
/// </summary>
public static class ChildInNeedApi
{
    private const string Channel = "api";

    public static void MapChildInNeedApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiErrors>().DisableAntiforgery()
            .RequireAuthorization(new RequirePermissionAttribute(Permission.UseApi));

        api.MapPost("/child-in-need-plans/{id:guid}/finalise", async (Guid id, HttpContext http, HearthDbContext db, RecordAccess access, ChildInNeedPlans plans) =>
            {
                var personId = await db.ChildInNeedPlans.Where(p => p.Id == id).Select(p => (Guid?)p.PersonId).SingleOrDefaultAsync(http.RequestAborted)
                    ?? throw new RecordNotFoundException();
                var ctx = http.User.Context();
                await access.EnsureVisibleAsync(personId, ctx, "Finalise child in need plan", Channel, http.RequestAborted);
                await plans.FinaliseAsync(id, ctx, http.RequestAborted);
                var plan = await db.ChildInNeedPlans.AsNoTracking().SingleAsync(p => p.Id == id, http.RequestAborted);
                return Results.Ok(CinPlanResponse.From(plan));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.RecordCasework))
            .WithTags("Children in need")
            .WithSummary("Finalise a draft child in need plan; refused while any action lacks an owner or a date")
            .Produces<CinPlanResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/cin-episodes/{id:guid}/close", async (Guid id, CinClosureRequest request, HttpContext http, HearthDbContext db, RecordAccess access,
                ChildInNeedEpisodes episodes) =>
            {
                var personId = await db.CinEpisodes.Where(e => e.Id == id).Select(e => (Guid?)e.PersonId).SingleOrDefaultAsync(http.RequestAborted)
                    ?? throw new RecordNotFoundException();
                var ctx = http.User.Context();
                await access.EnsureVisibleAsync(personId, ctx, "Close child in need episode", Channel, http.RequestAborted);
                await episodes.CloseAsync(id, new CinClosureInput(request.CloseDate, request.ReasonForClosure, request.Summary), ctx, http.RequestAborted);
                var episode = await db.CinEpisodes.AsNoTracking().SingleAsync(e => e.Id == id, http.RequestAborted);
                return Results.Ok(CinEpisodeResponse.From(episode));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ManageCasework))
            .WithTags("Children in need")
            .WithSummary("Close a child in need episode with the DfE reason for closure (RC1..RC9) and a summary; open plans end with it")
            .Produces<CinEpisodeResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
