using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.People;

public sealed class SearchTests(HearthWebApp app)
{
    private async Task<List<string>> SearchAsync(string query)
    {
        var api = await app.ApiClientAsync(await app.CreateUserAsync(Role.SocialWorker));
        var results = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(query)}");
        return results.EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToList();
    }

    [Theory]
    [InlineData("Catherine", "Kathryn")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("John", "Jonh")]
    public async Task A_sound_alike_or_misspelt_first_name_finds_the_person(string stored, string typed)
    {
        var family = TestData.UniqueFamilyName();
        await app.CreatePersonAsync(stored, family);

        (await SearchAsync($"{typed} {family}")).ShouldContain($"{stored} {family}");
    }

    [Fact]
    public async Task A_sound_alike_family_name_finds_the_person()
    {
        var given = TestData.UniqueFamilyName();
        await app.CreatePersonAsync(given, "Smith");

        (await SearchAsync($"{given} Smyth")).ShouldContain($"{given} Smith");
    }

    [Fact]
    public async Task Date_of_birth_NHS_number_and_postcode_each_find_the_person()
    {
        var family = TestData.UniqueFamilyName();
        var nhs = TestData.NewNhsNumber();
        await app.CreatePersonAsync("Ruby", family, new DateOnly(2011, 9, 14), nhs: nhs, postcode: "AL1 3XE");

        (await SearchAsync($"{family} 14/09/2011")).ShouldContain($"Ruby {family}");
        (await SearchAsync(nhs)).ShouldBe([$"Ruby {family}"]);
        (await SearchAsync($"Ruby {family} al13xe")).ShouldContain($"Ruby {family}");
    }

    [Fact]
    public async Task An_unrelated_name_is_not_found()
    {
        var family = TestData.UniqueFamilyName();
        await app.CreatePersonAsync("Ruby", family);

        (await SearchAsync($"Ruby {TestData.UniqueFamilyName()}")).ShouldNotContain($"Ruby {family}");
    }
}
