using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Hearth.Core.Assessment;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Xml;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.Returns.CensusJourneys;

namespace Hearth.Web.Tests.Returns;

/// <summary>
/// The census pages (issue 5): the return with its downloads, the data-quality page, the child's
/// findings with query explanations, the manager's count, and the import's dry run then import.
/// </summary>
public sealed partial class CensusPagesTests(HearthWebApp app)
{
    private static string CurrentYear => CensusYear.Containing(Today).ToString();

    /// <summary>A child whose assessment has been open 59 working days: query 8670Q on its start date.</summary>
    private async Task<(CensusJourneys Journeys, Hearth.Core.People.Person Child)> ChildWithQueryAsync()
    {
        var journeys = await new CensusJourneys(app).WithStaffAsync();
        var child = await journeys.ChildAsync("Query", "M");
        var episode = await journeys.ReferAsync(child.Id, WorkingDaysAgo(60));
        await journeys.StartAssessmentAsync(episode.Id, AssessmentOf(WorkingDaysAgo(59), ["1B"], AssessmentOutcome.ChildInNeedPlan));
        return (journeys, child);
    }

    private static async Task RefusedAsync(PageClient page, string url)
    {
        var response = await page.GetAsync(url);
        var refused = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/forbidden"));
        refused.ShouldBeTrue($"GET {url}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task The_return_page_counts_the_year_and_its_downloads_are_a_readable_census_and_the_findings()
    {
        var (_, child) = await ChildWithQueryAsync();
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));

        var html = await analyst.GetHtmlAsync(Links.CinCensus);
        html.ShouldContain($"Children in need census {CurrentYear}");
        html.ShouldContain("data-testid=\"count-children\"");
        html.ShouldContain("8670Q");
        html.ShouldContain(Links.DataQualityFiltered(rule: "8670Q"));
        html.ShouldContain("Returns");

        var xml = await analyst.GetAsync(Links.CinCensusXml(CurrentYear));
        xml.StatusCode.ShouldBe(HttpStatusCode.OK);
        xml.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        xml.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"cin-census-{CurrentYear}.xml");
        await using (var body = await xml.Content.ReadAsStreamAsync())
        {
            var read = CinCensusXmlReader.Read(body);
            read.Errors.ShouldBeEmpty();
            read.Message!.Children.ShouldContain(c => c.LaChildId == child.Reference);
        }
        (await app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.Process == CensusExported.Process && e.UserName == "PerformanceAnalyst tester")))
            .ShouldBeGreaterThan(0);

        var tsv = await analyst.GetAsync(Links.CinCensusFindings(CurrentYear));
        tsv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await tsv.Content.ReadAsStringAsync();
        text.ShouldStartWith("LAchildID\trule_code\ttable\tcolumn\tvalue_flagged\tmessage\n");
        text.ShouldContain($"{child.Reference}\t8670Q\t");
    }

    [Fact]
    public async Task A_year_not_offered_is_an_error_on_the_page_not_a_failure()
    {
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        foreach (var year in new[] { "1999-00", "nonsense", "2025-27", $"{CensusYear.Containing(Today).StartYear + 1}-{(CensusYear.Containing(Today).StartYear + 2) % 100:00}" })
        {
            var response = await analyst.GetAsync(Links.CinCensusForYear(year));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, year);
            (await response.Content.ReadAsStringAsync()).ShouldContain("Select a collection year from the list");
            (await analyst.GetAsync(Links.CinCensusXml(year))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        var previous = new CensusYear(CensusYear.Containing(Today).StartYear - 4).ToString();
        (await analyst.GetHtmlAsync(Links.CinCensusForYear(previous))).ShouldContain($"Children in need census {previous}");
    }

    [Fact]
    public async Task The_returns_pages_are_refused_to_a_social_worker_and_the_import_to_a_team_manager()
    {
        var worker = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        foreach (var url in new[] { Links.CinCensus, Links.CinCensusXml(CurrentYear), Links.DataQuality, Links.CinCensusImport })
        {
            await RefusedAsync(worker, url);
        }
        (await worker.GetHtmlAsync(Links.Home)).ShouldNotContain(Links.CinCensus);
        var manager = await app.SignInAsync(await app.CreateUserAsync(Role.TeamManager));
        await RefusedAsync(manager, Links.CinCensusImport);
        (await manager.GetHtmlAsync(Links.DataQuality)).ShouldContain("Census data quality");
        var admin = await app.SignInAsync(await app.CreateUserAsync(Role.Administrator));
        await RefusedAsync(admin, Links.CinCensus);
        (await admin.GetHtmlAsync(Links.CinCensusImport)).ShouldContain("Import a census file");
    }

    [Fact]
    public async Task The_data_quality_page_lists_the_child_with_fix_link_and_filters_by_rule_team_worker_and_kind()
    {
        var (journeys, child) = await ChildWithQueryAsync();
        var team = await app.QueryAsync(async db =>
        {
            var episode = await db.CinEpisodes.SingleAsync(e => e.PersonId == child.Id);
            var manager = await db.Users.SingleAsync(u => u.Id == journeys.Manager.Id);
            episode.TeamId = manager.TeamId;
            await db.SaveChangesAsync();
            return manager.TeamId!.Value;
        });
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));

        var all = await analyst.GetHtmlAsync(Links.DataQuality);
        all.ShouldContain(child.LegalName.FullName);
        all.ShouldContain(Links.Assessments(child.Id));
        all.ShouldContain("govuk-tag--yellow");

        var byRule = await analyst.GetHtmlAsync(Links.DataQualityFiltered(rule: "8670Q"));
        byRule.ShouldContain(child.LegalName.FullName);
        Regex.Matches(byRule, "data-testid=\"finding-row\"").Count.ShouldBeGreaterThan(0);
        (await analyst.GetHtmlAsync(Links.DataQualityFiltered(rule: "4220"))).ShouldNotContain(child.LegalName.FullName);
        (await analyst.GetHtmlAsync(Links.DataQualityFiltered(team: team))).ShouldContain(child.LegalName.FullName);
        (await analyst.GetHtmlAsync(Links.DataQualityFiltered(team: Guid.NewGuid()))).ShouldNotContain(child.LegalName.FullName);
        (await analyst.GetHtmlAsync(Links.DataQualityFiltered(kind: "queries", rule: "8670Q"))).ShouldContain(child.LegalName.FullName);
        (await analyst.GetHtmlAsync(Links.DataQualityFiltered(kind: "errors", rule: "8670Q"))).ShouldNotContain(child.LegalName.FullName);

        // Hand-edited filters filter nothing out rather than failing.
        foreach (var url in new[] { $"{Links.DataQuality}?team=not-a-guid", $"{Links.DataQuality}?worker=%00&kind=everything", $"{Links.DataQuality}?rule=%3Cscript%3E" })
        {
            (await analyst.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        // The manager of the team sees the team's count and the link to the filtered page.
        var manager = await app.SignInAsync(journeys.Manager);
        var teamPage = await manager.GetHtmlAsync(Links.TeamWork);
        teamPage.ShouldContain("data-testid=\"census-findings\"");
        teamPage.ShouldContain(Links.DataQualityFiltered(team: team));
    }

    [Fact]
    public async Task A_restricted_child_is_counted_but_not_named_to_an_analyst_not_on_the_list()
    {
        var (journeys, child) = await ChildWithQueryAsync();
        var named = await app.CreateUserAsync(Role.PerformanceAnalyst);
        await app.RestrictAsync(child.Id, journeys.Manager, named);
        var outsider = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));

        var html = await outsider.GetHtmlAsync(Links.DataQualityFiltered(rule: "8670Q"));
        html.ShouldNotContain(child.LegalName.FullName);
        html.ShouldNotContain(child.Id.ToString());
        html.ShouldContain("data-testid=\"not-shown-restricted\"");
        (await outsider.GetAsync(Links.PersonDataQuality(child.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await (await app.SignInAsync(named)).GetHtmlAsync(Links.DataQualityFiltered(rule: "8670Q"))).ShouldContain(child.LegalName.FullName);
    }

    [Fact]
    public async Task The_child_record_shows_the_findings_and_a_query_is_explained_with_a_reason_only()
    {
        var (journeys, child) = await ChildWithQueryAsync();
        var worker = await app.SignInAsync(journeys.Worker);

        var summary = await worker.GetHtmlAsync(Links.Person(child.Id));
        summary.ShouldContain("data-testid=\"census-data-quality\"");
        summary.ShouldContain(Links.PersonDataQuality(child.Id));

        var page = await worker.GetHtmlAsync(Links.PersonDataQuality(child.Id));
        page.ShouldContain("Why is this right?");
        var query = await app.InScopeAsync(async sp => (await sp.GetRequiredService<CensusDataQuality>().CheckAsync(new CensusScope(PersonId: child.Id)))
            .Open.First(f => f.RuleCode == "8670Q"));
        Dictionary<string, string> Form(string reason) => new()
        {
            ["RuleCode"] = query.RuleCode,
            ["Table"] = query.Table,
            ["Field"] = query.Field,
            ["Value"] = query.Value ?? "",
            ["Reason"] = reason,
        };
        Task<int> SavedAsync() => app.QueryAsync(db => db.CensusQueryExplanations.CountAsync(e => e.PersonId == child.Id));

        var empty = await worker.PostFormAsync(Links.PersonDataQuality(child.Id), Form("  "));
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errorPage = await empty.Content.ReadAsStringAsync();
        errorPage.ShouldContain("There is a problem");
        errorPage.ShouldContain("Enter why this is right");
        (await SavedAsync()).ShouldBe(0);

        // Someone who may not record casework or see performance cannot explain.
        var support = await app.SignInAsync(await app.CreateUserAsync(Role.BusinessSupport));
        (await support.GetHtmlAsync(Links.PersonDataQuality(child.Id))).ShouldNotContain("Why is this right?");
        var refused = await support.PostFormAsync(Links.PersonDataQuality(child.Id), Form("Because"));
        refused.Headers.Location!.ToString().ShouldContain("/forbidden");
        (await SavedAsync()).ShouldBe(0);

        var explained = await worker.PostFormAsync(Links.PersonDataQuality(child.Id), Form("The child was in hospital; the assessment resumes on discharge."));
        explained.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        explained.Headers.Location!.ToString().ShouldBe(Links.PersonDataQualityExplained(child.Id));
        (await SavedAsync()).ShouldBe(1);
        var after = await worker.GetHtmlAsync(Links.PersonDataQualityExplained(child.Id));
        after.ShouldContain("data-testid=\"explained-banner\"");
        after.ShouldContain("The child was in hospital; the assessment resumes on discharge.");
        var report = await app.InScopeAsync(sp => sp.GetRequiredService<CensusDataQuality>().CheckAsync(new CensusScope(PersonId: child.Id)));
        report.Open.ShouldNotContain(query);
        report.Explained.ShouldContain(e => e.Finding == query);

        // Explaining the same query again is refused on the page, and saves nothing more.
        var again = await worker.PostFormAsync(Links.PersonDataQuality(child.Id), Form("Again"));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("This query is no longer open");
        (await SavedAsync()).ShouldBe(1);
    }

    private static string NewReference() => "WEB" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>A small census file of one child with one closed episode, in the previous collection year.</summary>
    private static byte[] CensusFile(string laChildId)
    {
        var year = new CensusYear(CensusYear.Containing(Today).StartYear - 1);
        var message = new CensusMessage
        {
            Header = new CensusHeader { Collection = "CIN", Year = (year.StartYear + 1).ToString(), ReferenceDate = year.End, SourceLevel = "L", Lea = "919", SoftwareCode = "Other", SerialNo = "001" },
            Children =
            [
                new CensusChild
                {
                    LaChildId = laChildId, UpnUnknown = "UN1", PersonBirthDate = new DateOnly(2014, 2, 3), Sex = "F", Ethnicity = "WBRI", Disabilities = ["NONE"],
                    CinDetails =
                    [
                        new CinDetails
                        {
                            ReferralDate = year.Start.AddDays(40), ReferralSource = "2A", PrimaryNeedCode = "N1", ReferralNfa = "false",
                            ClosureDate = year.Start.AddDays(120), ReasonForClosure = "RC7",
                            Assessments = [new CensusAssessment { ActualStartDate = year.Start.AddDays(41), AuthorisationDate = year.Start.AddDays(70), Factors = ["1B"] }],
                        },
                    ],
                },
            ],
        };
        using var stream = new MemoryStream();
        CinCensusXmlWriter.Write(message, year, stream);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(PageClient page, byte[] file, string fileName = "census.xml")
    {
        var form = await page.GetHtmlAsync(Links.CinCensusImport);
        var token = TokenPattern().Match(form);
        token.Success.ShouldBeTrue();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        content.Add(part, "Upload", fileName);
        return await page.Http.PostAsync(Links.CinCensusImportCheck, content);
    }

    private Task<int> PeopleAsync(string reference) => app.QueryAsync(db => db.People.CountAsync(p => p.Reference == reference));

    [Fact]
    public async Task An_upload_is_a_dry_run_that_writes_nothing_then_importing_writes_the_children()
    {
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        var reference = NewReference();

        var dryRun = await UploadAsync(analyst, CensusFile(reference));
        dryRun.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await dryRun.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"dry-run-summary\"");
        html.ShouldContain(reference);
        html.ShouldContain("New person would be recorded");
        (await PeopleAsync(reference)).ShouldBe(0);
        var token = Regex.Match(html, "name=\"Token\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        token.ShouldNotBeEmpty();
        // The file is kept under the token, never under the name it was uploaded with.
        File.Exists(Path.Combine(Path.GetTempPath(), "hearth-census-uploads", token + ".xml")).ShouldBeTrue();

        // Someone else cannot import a file they did not upload.
        var other = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        var stolen = await other.PostFormAsync(Links.CinCensusImportConfirm, new() { ["Token"] = token }, Links.CinCensusImport);
        (await stolen.Content.ReadAsStringAsync()).ShouldContain("has expired or was imported already");
        (await PeopleAsync(reference)).ShouldBe(0);

        var imported = await analyst.PostFormAsync(Links.CinCensusImportConfirm, new() { ["Token"] = token }, Links.CinCensusImport);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await imported.Content.ReadAsStringAsync();
        done.ShouldContain("data-testid=\"imported-banner\"");
        (await PeopleAsync(reference)).ShouldBe(1);
        var person = await app.QueryAsync(db => db.People.SingleAsync(p => p.Reference == reference));
        done.ShouldContain(Links.Person(person.Id));
        (await app.QueryAsync(db => db.CinEpisodes.CountAsync(e => e.PersonId == person.Id))).ShouldBe(1);
        File.Exists(Path.Combine(Path.GetTempPath(), "hearth-census-uploads", token + ".xml")).ShouldBeFalse();

        // The token is spent: posting it again imports nothing more.
        var twice = await analyst.PostFormAsync(Links.CinCensusImportConfirm, new() { ["Token"] = token }, Links.CinCensusImport);
        (await twice.Content.ReadAsStringAsync()).ShouldContain("has expired or was imported already");
        (await app.QueryAsync(db => db.CinEpisodes.CountAsync(e => e.PersonId == person.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_file_with_a_dtd_or_not_xml_is_refused_with_each_problem_and_nothing_is_written()
    {
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        var reference = NewReference();
        var dtd = Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE Message [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <Message><Children><Child><ChildIdentifiers><LAchildID>{reference}</LAchildID></ChildIdentifiers></Child></Children></Message>
            """);
        foreach (var (file, expected) in new[] { (dtd, "document type declaration (DTD)"), (Encoding.UTF8.GetBytes("this is not a census"), "There is a problem"), ([], "The selected file is empty") })
        {
            var response = await UploadAsync(analyst, file);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain("There is a problem");
            html.ShouldContain(expected);
            html.ShouldContain("href=\"#Upload\"");
            html.ShouldNotContain("name=\"Token\"");
            html.ShouldNotContain("root:");
        }
        (await PeopleAsync(reference)).ShouldBe(0);
    }

    [Fact]
    public async Task A_file_over_the_largest_import_is_refused_with_a_message_and_nothing_written()
    {
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        var reference = NewReference();
        var file = CensusFile(reference);
        var options = app.Services.GetRequiredService<IOptions<CensusOptions>>().Value;
        var before = options.MaxImportBytes;
        options.MaxImportBytes = file.Length - 1;
        try
        {
            var response = await UploadAsync(analyst, file);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain("The selected file must be smaller than");
            html.ShouldNotContain("name=\"Token\"");
        }
        finally
        {
            options.MaxImportBytes = before;
        }
        (await PeopleAsync(reference)).ShouldBe(0);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
