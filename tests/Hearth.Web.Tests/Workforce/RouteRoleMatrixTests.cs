using System.Net;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Workforce;

/// <summary>
/// Every route, every role: a role without the route's permission is refused, a role with it is let in,
/// and nobody not named on a restricted record reaches it. Routes are read from the running app, so a
/// new page is covered the moment it exists.
/// </summary>
public sealed class RouteRoleMatrixTests(HearthWebApp app)
{
    /// <summary>Routes any signed-in user (or anyone) may use; everything else must declare a permission.</summary>
    private static readonly HashSet<string> OpenRoutes =
        ["/", "/sign-in", "/sign-out", "/error", "/forbidden", "/health", "/api/v1/openapi.json",
            // The public multi-agency referral form: no sign-in, rate-limited, answers only with a reference.
            "/refer"];

    private sealed record Route(string Pattern, string Method, Permission? Permission, bool IsApi);

    private IReadOnlyList<Route> Routes() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .SelectMany(e =>
        {
            var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
            var permission = e.Metadata.OfType<RequirePermissionAttribute>().Select(a => (Permission?)a.Permission).LastOrDefault();
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            return methods.Select(m => new Route(pattern, m, permission, pattern.StartsWith("/api", StringComparison.Ordinal)));
        })
        .DistinctBy(r => (r.Pattern, r.Method))
        .ToList();

    [Fact]
    public void Every_route_declares_a_permission_unless_it_is_one_of_the_open_routes()
    {
        var undeclared = Routes().Where(r => r.Permission is null).Select(r => r.Pattern).Distinct().ToList();
        undeclared.ShouldBeSubsetOf(OpenRoutes);
    }

    [Fact]
    public async Task Every_route_is_refused_to_every_role_that_lacks_its_permission_and_open_to_every_role_that_has_it()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Matrix", TestData.UniqueFamilyName());
        var note = await app.CreateFinalNoteAsync(child.Id, manager);
        var relationship = await app.RelateAsync(child.Id, await app.CreatePersonAsync("Parent", TestData.UniqueFamilyName(), new DateOnly(1990, 1, 1)));
        var failures = new List<string>();

        foreach (var role in Enum.GetValues<Role>())
        {
            var user = await app.CreateUserAsync(role);
            var page = await app.SignInAsync(user);
            var api = await app.ApiClientAsync(user);
            foreach (var route in Routes().Where(r => r.Permission is not null))
            {
                var url = Url(route.Pattern, child.Id, note.Id, child.Id, manager.Id, relationship);
                var client = route.IsApi ? api : page.Http;
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
                if (route.Method != "GET")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }
                var response = await client.SendAsync(request);
                var refused = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/forbidden"));
                var allowed = PermissionMatrix.Allows(role, route.Permission!.Value) && (!route.IsApi || PermissionMatrix.Allows(role, Permission.UseApi));
                if (allowed == refused)
                {
                    failures.Add($"{role} {route.Method} {route.Pattern}: {(int)response.StatusCode}, expected {(allowed ? "allowed" : "refused")}");
                }
            }
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_route_about_a_person_answers_not_found_for_a_restricted_record_the_user_is_not_named_on()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var outsider = await app.CreateUserAsync(Role.ServiceManager);
        var child = await app.CreatePersonAsync("Hidden", TestData.UniqueFamilyName());
        var note = await app.CreateFinalNoteAsync(child.Id, manager);
        var visible = await app.CreatePersonAsync("Visible", TestData.UniqueFamilyName());
        var relationship = await app.RelateAsync(child.Id, visible);
        await app.RestrictAsync(child.Id, manager);
        var page = await app.SignInAsync(outsider);
        var api = await app.ApiClientAsync(outsider);
        var failures = new List<string>();

        foreach (var route in Routes().Where(r => r.Pattern.Contains("{id") && r.Method == "GET"))
        {
            var response = await (route.IsApi ? api : page.Http).GetAsync(Url(route.Pattern, child.Id, note.Id, visible.Id, manager.Id, relationship));
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"GET {route.Pattern}: {(int)response.StatusCode}");
            }
        }
        failures.ShouldBeEmpty();
    }

    private static string Url(string pattern, Guid personId, Guid noteId, Guid relatedPersonId, Guid staffMember, Guid relationshipId)
    {
        var url = pattern.Replace("{id:guid}", personId.ToString()).Replace("{noteId:guid}", noteId.ToString())
            .Replace("{userId:guid}", staffMember.ToString()).Replace("{relationshipId:guid}", relationshipId.ToString());
        // Front-door routes about a contact, and early help routes about an episode or a step change:
        // one that does not exist answers 404 to a role that may use the route, and 403 to one that
        // may not, which is what this test tells apart.
        foreach (var other in new[] { "{contactId:guid}", "{requestId:guid}", "{letterId:guid}", "{episodeId:guid}", "{stepChangeId:guid}", "{assessmentId:guid}",
            "{strategyDiscussionId:guid}", "{enquiryId:guid}", "{planId:guid}", "{outcomeId:guid}", "{actionId:guid}", "{preProceedingsId:guid}",
            "{periodId:guid}" })
        {
            url = url.Replace(other, Guid.NewGuid().ToString());
        }
        return url.EndsWith("/relationships/add", StringComparison.Ordinal) ? $"{url}?relatedPersonId={relatedPersonId}" : url;
    }
}
