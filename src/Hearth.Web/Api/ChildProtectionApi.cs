using Hearth.Core.ChildProtection;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Api;

/// <summary>The initial conference as JSON body: the same rules as the page.</summary>
public sealed record InitialConferenceRequest(DateOnly? Date, string? Chair, List<ConferenceAgencyRequest>? Agencies, bool ChildAttended,
    bool ChildHadAdvocate, bool ChildViewsConveyed, string? ChildViews, string? Decision, string? Category, string? OutlinePlan);

public sealed record ConferenceAgencyRequest(string Agency, bool Attended, bool ReportSubmitted);

public sealed record InitialConferenceResponse(Guid Id, DateOnly Date, DateOnly TargetDate, int WorkingDaysFromStrategyDiscussion, bool OnTime, string Decision,
    string? Category, Guid? ChildProtectionPlanId);

public sealed record ChildProtectionPlanResponse(Guid Id, DateOnly StartDate, DateOnly? EndDate, string InitialCategory, string LatestCategory,
    int PreviousPlans, bool Over12Months, bool Over2Years, bool SecondOrSubsequent, Guid? InitialConferenceId);

public sealed record ChildProtectionResponse(int StrategyDiscussions, List<Section47Response> Section47Enquiries, List<InitialConferenceResponse> Conferences,
    List<ChildProtectionPlanResponse> Plans);

public sealed record Section47Response(Guid Id, DateOnly StartDate, DateOnly InitialCpcTarget, string? Outcome);

/// <summary>
/// /api/v1 child protection. There is deliberately no endpoint that creates a plan: a plan is made
/// only by an initial conference's decision, through POST /api/v1/section-47-enquiries/{id}/initial-conference.
/// </summary>
public static class ChildProtectionApi
{
    public static void MapChildProtectionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiErrors>().DisableAntiforgery()
            .RequireAuthorization(new RequirePermissionAttribute(Permission.UseApi)).WithTags("Child protection");

        api.MapGet("/people/{id:guid}/child-protection", async (Guid id, HttpContext http, RecordAccess access, ChildProtectionOverview overview, TimeProvider clock) =>
            {
                await access.OpenAsync(id, http.User.Context(), "Child protection (API)", "api", http.RequestAborted);
                var today = clock.TodayInEngland();
                var s = await overview.ForAsync(id, today, http.RequestAborted);
                return Results.Ok(new ChildProtectionResponse(
                    s.StrategyDiscussions.Count,
                    s.Enquiries.Select(e => new Section47Response(e.Id, e.StartDate, e.InitialCpcTarget, e.Outcome?.ToString())).ToList(),
                    s.Conferences.Select(From).ToList(),
                    s.Plans.Select(p => new ChildProtectionPlanResponse(p.Id, p.StartDate, p.EndDate, p.InitialCategory.Code(), p.LatestCategory.Code(), p.PreviousPlans,
                        p.IsOver12Months(today), p.IsOver2Years(today), p.IsSecondOrSubsequent, p.InitialConferenceId)).ToList()));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ViewPersonRecord))
            .WithSummary("A child's strategy discussions, section 47 enquiries, conferences and plans")
            .Produces<ChildProtectionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/section-47-enquiries/{id:guid}/initial-conference", async (Guid id, InitialConferenceRequest request, HttpContext http,
                RecordAccess access, HearthDbContext db, ChildProtectionService service) =>
            {
                var personId = await db.Section47Enquiries.Where(s => s.Id == id).Select(s => (Guid?)s.PersonId).SingleOrDefaultAsync(http.RequestAborted)
                    ?? throw new RecordNotFoundException();
                await access.EnsureVisibleAsync(personId, http.User.Context(), "Record an initial conference", "api", http.RequestAborted);
                var agencies = new List<ConferenceAgency>();
                foreach (var a in request.Agencies ?? [])
                {
                    if (!Enum.TryParse<Agency>(a.Agency, ignoreCase: true, out var agency) || !Enum.IsDefined(agency) || int.TryParse(a.Agency, out _))
                    {
                        throw ValidationFailedException.For("Agencies", $"“{a.Agency}” is not an agency: use one of {string.Join(", ", Enum.GetNames<Agency>())}");
                    }
                    agencies.Add(new ConferenceAgency { Agency = agency, Attended = a.Attended, ReportSubmitted = a.ReportSubmitted });
                }
                ConferenceDecision? decision = Enum.TryParse<ConferenceDecision>(request.Decision, ignoreCase: true, out var d) && Enum.IsDefined(d) && !int.TryParse(request.Decision, out _) ? d : null;
                var conference = await service.RecordInitialConferenceAsync(id, new InitialConferenceInput(request.Date, request.Chair, agencies, request.ChildAttended,
                    request.ChildHadAdvocate, request.ChildViewsConveyed, request.ChildViews, decision, ChildProtectionCodes.ParseCategory(request.Category),
                    request.OutlinePlan), http.User.Context(), http.RequestAborted);
                return Results.Created($"/api/v1/people/{personId}/child-protection", From(conference));
            })
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ChairConferences))
            .WithSummary("Record the initial child protection conference on a section 47 enquiry; a decision of Plan starts the child protection plan (the only way a plan is created)")
            .Produces<InitialConferenceResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static InitialConferenceResponse From(InitialChildProtectionConference c) =>
        new(c.Id, c.Date, c.TargetDate, c.WorkingDaysFromStrategyDiscussion, c.OnTime, c.Decision.ToString(), c.Category?.Code(), c.ChildProtectionPlanId);
}
