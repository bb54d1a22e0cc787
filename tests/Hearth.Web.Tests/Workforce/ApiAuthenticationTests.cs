using System.Net;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Workforce;

public sealed class ApiAuthenticationTests(HearthWebApp app)
{
    [Fact]
    public async Task The_api_answers_401_without_a_token_and_with_a_wrong_one_never_a_sign_in_page()
    {
        var anonymous = app.AnonymousClient();
        var missing = await anonymous.GetAsync("/api/v1/people?q=smith");
        missing.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        missing.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");

        anonymous.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "hearth_not-a-real-token");
        (await anonymous.GetAsync("/api/v1/people?q=smith")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_openapi_document_is_served_to_anyone()
    {
        var response = await app.AnonymousClient().GetAsync("/api/v1/openapi.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("/api/v1/people");
    }

    [Fact]
    public async Task Pages_send_someone_not_signed_in_to_the_sign_in_page()
    {
        var response = await app.AnonymousClient().GetAsync("/people/search");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/sign-in");
    }

    [Fact]
    public async Task The_health_endpoint_reports_healthy_when_the_database_answers()
    {
        var response = await app.AnonymousClient().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task A_revoked_token_no_longer_works()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var api = await app.ApiClientAsync(worker);
        (await api.GetAsync("/api/v1/people?q=smith")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoked = await app.InScopeAsync(sp => sp.GetRequiredService<UserAccounts>().RevokeApiTokensAsync(worker.Id));

        revoked.ShouldBe(1);
        (await api.GetAsync("/api/v1/people?q=smith")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
