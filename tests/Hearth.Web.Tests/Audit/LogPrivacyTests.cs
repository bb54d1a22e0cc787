using System.Net.Http.Json;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Audit;

public sealed class LogPrivacyTests(HearthWebApp app)
{
    [Fact]
    public async Task Recording_searching_and_viewing_a_child_puts_no_name_address_NHS_number_or_note_in_the_logs()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var family = TestData.UniqueFamilyName();
        var nhs = TestData.NewNhsNumber();
        var api = await app.ApiClientAsync(worker);
        var created = await api.PostAsJsonAsync("/api/v1/people", new
        {
            person = new { givenNames = "Zinnia", familyName = family, dateOfBirth = "2014-06-01", sex = "F", nhsNumber = nhs },
            address = new { line1 = $"17 {family} Close", town = "Royston", postcode = "SG8 7AB" },
            // Another test's child may sound alike; this test is about the logs, not the duplicate check.
            noneOfTheseIsThePerson = true,
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var page = await app.SignInAsync(worker);
        await page.GetAsync($"/people/search?q=Zinnia+{family}");
        await page.GetAsync($"/people/search?q={nhs}");
        await page.GetAsync($"/people/{id}");
        await api.PostAsJsonAsync($"/api/v1/people/{id}/case-notes", new { subject = "Visit", body = $"Secret words {family} said" });
        await api.PostAsJsonAsync("/api/v1/people", new { person = new { givenNames = "Zinnia", familyName = family, nhsNumber = "123" } });

        var logs = app.Logs.Lines;
        logs.ShouldNotBeEmpty();
        logs.ShouldAllBe(line => !line.Contains(family, StringComparison.OrdinalIgnoreCase));
        logs.ShouldAllBe(line => !line.Contains(nhs));
        logs.ShouldAllBe(line => !line.Contains("SG8 7AB") && !line.Contains("SG8+7AB"));
    }
}
