using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Hearth.Core.LookedAfter;
using Hearth.Core.People;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Core.Returns.Ssda903.Xml;
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
/// The SSDA903 pages (issue 6): the return with its downloads, the import's dry run then import, the 903
/// data-quality page and the child's 903 findings. The tests marked "Builds the 903" need the builder and the
/// importer of branch 903-record; the others (permissions, refused uploads, pages that build nothing) do not.
/// </summary>
public sealed partial class Ssda903PagesTests(HearthWebApp app)
{
    private static CensusYear Current => CensusYear.Containing(Today);
    private static string CurrentYear => Current.ToString();
    private static string PreviousYear => new CensusYear(Current.StartYear - 1).ToString();

    private static async Task RefusedAsync(PageClient page, string url)
    {
        var response = await page.GetAsync(url);
        var refused = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/forbidden"));
        refused.ShouldBeTrue($"GET {url}: {(int)response.StatusCode}");
    }

    /// <summary>
    /// A child looked after since a month ago (V2, placed with a foster carer), recorded with no ethnicity, so the
    /// 903 flags rule 103 on their header row.
    /// </summary>
    private async Task<Person> LookedAfterChildAsync()
    {
        var child = await app.CreatePersonAsync("Looked", TestData.UniqueFamilyName(), new DateOnly(2014, 5, 3), sex: "M");
        var start = Today.AddDays(-30);
        await app.QueryAsync(async db =>
        {
            var period = new CarePeriod { PersonId = child.Id, StartDate = start, CategoryOfNeed = "N1", HomePostcode = "AL1 1AA", RecordedByName = "Test" };
            period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, PersonId = child.Id, From = start, Code = "V2", RecordedByName = "Test" });
            period.Placements.Add(new Placement
            {
                CarePeriodId = period.Id,
                PersonId = child.Id,
                From = start,
                PlacementType = "U4",
                Provider = "PR1",
                CarerName = "A foster carer",
                Urn = "SC123456",
                Postcode = "AL2 2BB",
                RecordedByName = "Test",
            });
            db.CarePeriods.Add(period);
            return await db.SaveChangesAsync();
        });
        return child;
    }

    [Fact]
    public async Task The_903_pages_are_refused_to_a_social_worker_and_the_import_to_a_team_manager()
    {
        var worker = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        foreach (var url in new[] { Links.Ssda903, Links.Ssda903Csv(CurrentYear), Links.Ssda903Findings(CurrentYear), Links.Ssda903DataQuality, Links.Ssda903Import })
        {
            await RefusedAsync(worker, url);
        }
        var manager = await app.SignInAsync(await app.CreateUserAsync(Role.TeamManager));
        await RefusedAsync(manager, Links.Ssda903Import);
        var admin = await app.SignInAsync(await app.CreateUserAsync(Role.Administrator));
        await RefusedAsync(admin, Links.Ssda903);
        await RefusedAsync(admin, Links.Ssda903DataQuality);
        var import = await admin.GetHtmlAsync(Links.Ssda903Import);
        import.ShouldContain("Import SSDA903 files");
        import.ShouldContain("multiple");
        import.ShouldContain($"<option value=\"{PreviousYear}\" selected");
        // The administrator may import but not see the returns: the other import is linked, the return pages are not.
        import.ShouldContain(Links.CinCensusImport);
        import.ShouldNotContain($"href=\"{Links.Ssda903}\" data-testid");
    }

    [Fact]
    public async Task The_census_pages_link_to_the_903_and_its_import()
    {
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        var html = await analyst.GetHtmlAsync(Links.CinCensusImport);
        html.ShouldContain($"href=\"{Links.Ssda903}\"");
        html.ShouldContain($"href=\"{Links.Ssda903Import}\"");
    }

    [Fact]
    public async Task A_child_never_looked_after_has_no_903_section_on_their_data_quality_page()
    {
        var child = await app.CreatePersonAsync("Never", TestData.UniqueFamilyName());
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        (await analyst.GetHtmlAsync(Links.PersonDataQuality(child.Id))).ShouldNotContain("SSDA903 data quality");
    }

    [Fact]
    public void A_903_finding_is_put_right_on_the_tab_that_records_it()
    {
        var id = Guid.NewGuid();
        Links.Ssda903Fix(id, "Episodes", "PLACE").ShouldBe(Links.LookedAfter(id));
        Links.Ssda903Fix(id, "Reviews", "REVIEW").ShouldBe(Links.LookedAfterReviews(id));
        Links.Ssda903Fix(id, "Missing", "MIS_START").ShouldBe(Links.MissingEpisodes(id));
        Links.Ssda903Fix(id, "OC3", "ACCOM").ShouldBe(Links.CareLeaver(id));
        Links.Ssda903Fix(id, "OC2", "IMMUNISATIONS").ShouldBe(Links.LookedAfterHealth(id));
        Links.Ssda903Fix(id, "Header", "ETHNIC").ShouldBe(Links.ChangeDetails(id));
        Links.Ssda903Fix(id, "Header", "MOTHER").ShouldBe(Links.LookedAfter(id));
    }

    // ---- Uploads ----

    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A one-child 903 for the previous year: the header row and one closed episode.</summary>
    private static (string Name, byte[] Bytes)[] ReturnFiles(string child)
    {
        var year = new CensusYear(Current.StartYear - 1);
        string D(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            ("header.csv", Csv($"{Ssda903Columns.Header.HeaderLine}\n{child},F,14/03/2015,WBRI,UN2,,\n")),
            ("episodes.csv", Csv($"{Ssda903Columns.Episodes.HeaderLine}\n{child},{D(year.Start.AddDays(40))},S,V2,N1,U4,PR1,{D(year.Start.AddDays(120))},E11,,AL1 1AA,AL2 2BB,SC123456\n")),
        ];
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] files)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(PageClient page, string? year, params (string Name, byte[] Bytes)[] files)
    {
        var form = await page.GetHtmlAsync(Links.Ssda903Import);
        var token = TokenPattern().Match(form);
        token.Success.ShouldBeTrue();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        if (year is not null)
        {
            content.Add(new StringContent(year), "Year");
        }
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".zip") ? "application/zip" : "text/csv");
            content.Add(part, "Uploads", name);
        }
        return await page.Http.PostAsync(Links.Ssda903ImportCheck, content);
    }

    private Task<int> ImportEventsAsync(Guid userId) =>
        app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.Process == Ssda903Importer.Process && e.UserId == userId));

    private static string NewChildId() => "W" + Random.Shared.Next(10_000_000, 99_999_999);

    [Fact]
    public async Task Hostile_or_wrong_uploads_are_refused_with_an_error_naming_the_file_and_nothing_is_written()
    {
        var user = await app.CreateUserAsync(Role.PerformanceAnalyst);
        var analyst = await app.SignInAsync(user);
        var child = NewChildId();
        var good = ReturnFiles(child);
        var header = good[0];
        var latin1 = Encoding.Latin1.GetBytes($"{Ssda903Columns.Header.HeaderLine}\n{child},F,14/03/2015,WBRI,UN2,,\n{child}9,F,14/03/2015,Zoé,UN2,,\n");
        var cases = new (string Why, string? Year, (string Name, byte[] Bytes)[] Files, string Expected)[]
        {
            ("nothing chosen", PreviousYear, [], "Select the SSDA903 CSV files, or one zip file of them"),
            ("not a CSV", PreviousYear, [("return.pdf", Csv("%PDF-1.4"))], "The file 'return.pdf' must be a CSV file, a zip file of CSV files, or one XML file"),
            ("an empty file", PreviousYear, [("header.csv", [])], "The selected file 'header.csv' is empty"),
            ("an unknown header", PreviousYear, [("episodes.csv", Csv("CHILD,WHATEVER\n1,2\n"))], "not the columns of any SSDA903 table"),
            ("bad UTF-8", PreviousYear, [("header.csv", latin1)], "row 2 has a character Hearth cannot read"),
            ("a row with too many cells", PreviousYear, [("header.csv", Csv($"{Ssda903Columns.Header.HeaderLine}\n{child},F,14/03/2015,WBRI,UN2,,,extra\n"))], "Row 1 of 'header.csv' has 8 values"),
            ("a zip holding something else", PreviousYear, [("return.zip", Zip(header, ("evil.exe", [0x4D, 0x5A])))], "holds 'evil.exe', which is not a CSV file"),
            ("a zip that is not one", PreviousYear, [("return.zip", Csv("not a zip at all"))], "is not a zip file Hearth can open"),
            ("a zip and CSV files together", PreviousYear, [("return.zip", Zip(good)), header], "not both"),
            ("a year not offered", "1999-00", good, "Select the collection year the files are for"),
            ("no year", null, good, "Select the collection year the files are for"),
        };
        foreach (var (why, year, files, expected) in cases)
        {
            var response = await UploadAsync(analyst, year, files);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, why);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            html.ShouldContain("There is a problem", customMessage: why);
            html.ShouldContain(expected, customMessage: why);
            html.ShouldNotContain("name=\"Token\"", customMessage: why);
        }
        (await ImportEventsAsync(user.Id)).ShouldBe(0);
        (await app.QueryAsync(db => db.People.CountAsync(p => p.Reference == child))).ShouldBe(0);
    }

    [Fact]
    public async Task Files_over_the_largest_upload_and_a_zip_that_unpacks_past_it_are_refused_and_nothing_is_written()
    {
        var user = await app.CreateUserAsync(Role.PerformanceAnalyst);
        var analyst = await app.SignInAsync(user);
        var files = ReturnFiles(NewChildId());
        var options = app.Services.GetRequiredService<IOptions<CensusOptions>>().Value;
        var before = options.MaxImportBytes;
        // A zip of a few hundred bytes that unpacks to a megabyte: refused while unpacking, never held whole.
        var bomb = Zip(("header.csv", Csv(Ssda903Columns.Header.HeaderLine + "\n" + new string(' ', 1024 * 1024))));
        options.MaxImportBytes = 64 * 1024;
        try
        {
            var tooBig = await UploadAsync(analyst, PreviousYear, [.. files, ("episodes2.csv", new byte[70 * 1024])]);
            (await tooBig.Content.ReadAsStringAsync()).ShouldContain("The selected files must be smaller than 64 KB in total");

            var unpacked = WebUtility.HtmlDecode(await (await UploadAsync(analyst, PreviousYear, ("return.zip", bomb))).Content.ReadAsStringAsync());
            unpacked.ShouldContain("come to more than 64 KB when unzipped");
            unpacked.ShouldNotContain("name=\"Token\"");
        }
        finally
        {
            options.MaxImportBytes = before;
        }
        (await ImportEventsAsync(user.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_token_not_issued_to_the_user_imports_nothing()
    {
        var user = await app.CreateUserAsync(Role.PerformanceAnalyst);
        var analyst = await app.SignInAsync(user);
        var response = await analyst.PostFormAsync(Links.Ssda903ImportConfirm, new() { ["Token"] = new string('a', 32), ["Year"] = PreviousYear }, Links.Ssda903Import);
        (await response.Content.ReadAsStringAsync()).ShouldContain("have expired or were imported already");
        var bad = await analyst.PostFormAsync(Links.Ssda903ImportConfirm, new() { ["Token"] = "../../etc/passwd", ["Year"] = PreviousYear }, Links.Ssda903Import);
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ImportEventsAsync(user.Id)).ShouldBe(0);
    }

    // ---- Builds the 903 (needs branch 903-record's builder and importer) ----

    /// <summary>Builds the 903.</summary>
    [Fact]
    public async Task The_return_page_counts_the_tables_lists_findings_by_rule_and_its_downloads_are_the_csv_tables_and_the_findings()
    {
        var child = await LookedAfterChildAsync();
        var user = await app.CreateUserAsync(Role.PerformanceAnalyst);
        var analyst = await app.SignInAsync(user);

        var html = await analyst.GetHtmlAsync(Links.Ssda903);
        html.ShouldContain($"Children looked after return (SSDA903) {CurrentYear}");
        html.ShouldContain("data-testid=\"table-counts\"");
        html.ShouldContain("episodes.csv");
        html.ShouldContain("103");
        html.ShouldContain(Links.Ssda903DataQualityFiltered(rule: "103"));
        html.ShouldContain(Links.Ssda903Import);

        var zip = await analyst.GetAsync(Links.Ssda903Csv(CurrentYear));
        zip.StatusCode.ShouldBe(HttpStatusCode.OK);
        zip.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        zip.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"ssda903-{CurrentYear}.zip");
        using (var archive = new ZipArchive(new MemoryStream(await zip.Content.ReadAsByteArrayAsync())))
        {
            archive.Entries.Select(e => e.Name).ShouldBe(Ssda903Columns.For(Current.StartYear).Select(t => t.FileName), ignoreOrder: true);
            var read = Ssda903CsvReader.Read(archive.Entries.Select(e => (e.Name, (Stream)new MemoryStream(ReadAll(e)))));
            read.Errors.ShouldBeEmpty();
            read.Return!.Header.ShouldContain(h => h.CHILD == child.Reference);
        }

        var tsv = await analyst.GetAsync(Links.Ssda903Findings(CurrentYear));
        tsv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await tsv.Content.ReadAsStringAsync();
        text.ShouldStartWith("CHILD\trule_code\ttable\trow\tcolumn\tvalue\tmessage\n");
        text.ShouldContain($"{child.Reference}\t103\tHeader\t");
        (await app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.Process == Ssda903Exported.Process && e.UserId == user.Id))).ShouldBe(2);

        // The same return as the DfE's one XML file, read back by the XML reader, and recorded like the other downloads.
        html.ShouldContain("data-testid=\"download-xml\"");
        html.ShouldContain(Links.Ssda903Xml(CurrentYear).Replace("&", "&amp;", StringComparison.Ordinal));
        var xml = await analyst.GetAsync(Links.Ssda903Xml(CurrentYear));
        xml.StatusCode.ShouldBe(HttpStatusCode.OK);
        xml.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        xml.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"ssda903-{CurrentYear}.xml");
        var parsed = Ssda903XmlReader.Read($"ssda903-{CurrentYear}.xml", new MemoryStream(await xml.Content.ReadAsByteArrayAsync()));
        parsed.Errors.ShouldBeEmpty();
        parsed.Return!.Header.ShouldContain(h => h.CHILD == child.Reference);
        (await app.QueryAsync(db => db.ProcessEvents.CountAsync(e => e.Process == Ssda903Exported.Process && e.UserId == user.Id))).ShouldBe(3);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Builds the 903 (the page builds the default year before refusing the one asked for).</summary>
    [Fact]
    public async Task A_year_not_offered_is_an_error_on_the_page_and_a_download_of_it_goes_back_to_the_page()
    {
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        foreach (var year in new[] { "1999-00", "nonsense", $"{Current.StartYear + 1}-{(Current.StartYear + 2) % 100:00}" })
        {
            var response = await analyst.GetAsync(Links.Ssda903ForYear(year));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, year);
            (await response.Content.ReadAsStringAsync()).ShouldContain("Select a collection year from the list");
            (await analyst.GetAsync(Links.Ssda903Csv(year))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await analyst.GetAsync(Links.Ssda903Findings(year))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        (await analyst.GetHtmlAsync(Links.Ssda903ForYear(PreviousYear))).ShouldContain($"Children looked after return (SSDA903) {PreviousYear}");
    }

    /// <summary>Builds the 903.</summary>
    [Fact]
    public async Task The_data_quality_page_lists_the_child_with_a_fix_link_filters_by_rule_and_never_names_a_restricted_child()
    {
        var child = await LookedAfterChildAsync();
        var hidden = await LookedAfterChildAsync();
        var manager = await app.CreateUserAsync(Role.TeamManager);
        await app.RestrictAsync(hidden.Id, manager);
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));

        var all = await analyst.GetHtmlAsync(Links.Ssda903DataQuality);
        all.ShouldContain(child.LegalName.FullName);
        all.ShouldNotContain(hidden.LegalName.FullName);
        all.ShouldNotContain(hidden.Id.ToString());
        all.ShouldContain("data-testid=\"not-shown-restricted\"");

        var byRule = await analyst.GetHtmlAsync(Links.Ssda903DataQualityFiltered(rule: "103"));
        byRule.ShouldContain(child.LegalName.FullName);
        // The analyst may not change the child's details, so the fix for the ethnicity goes to the record.
        byRule.ShouldContain($"href=\"{Links.Person(child.Id)}\">Fix");
        (await analyst.GetHtmlAsync(Links.Ssda903DataQualityFiltered(rule: "NOSUCHRULE"))).ShouldNotContain(child.LegalName.FullName);
        foreach (var url in new[] { $"{Links.Ssda903DataQuality}?team=not-a-guid", $"{Links.Ssda903DataQuality}?worker=%00", $"{Links.Ssda903DataQuality}?rule=%3Cscript%3E" })
        {
            (await analyst.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
    }

    /// <summary>Builds the 903.</summary>
    [Fact]
    public async Task The_child_data_quality_page_lists_their_903_findings_with_where_to_put_each_right()
    {
        var child = await LookedAfterChildAsync();
        var worker = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var page = await worker.GetHtmlAsync(Links.PersonDataQuality(child.Id));
        page.ShouldContain("SSDA903 data quality");
        page.ShouldContain("data-testid=\"ssda903-findings\"");
        page.ShouldContain("103");
        page.ShouldContain(Links.ChangeDetails(child.Id));
    }

    /// <summary>Builds the 903 (the importer).</summary>
    [Fact]
    public async Task An_upload_is_a_dry_run_that_writes_nothing_then_importing_writes_the_children()
    {
        var user = await app.CreateUserAsync(Role.PerformanceAnalyst);
        var analyst = await app.SignInAsync(user);
        var child = NewChildId();

        var dryRun = await UploadAsync(analyst, PreviousYear, ("return.zip", Zip(ReturnFiles(child))));
        dryRun.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await dryRun.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"dry-run-summary\"");
        html.ShouldContain(child);
        (await ImportEventsAsync(user.Id)).ShouldBe(0);
        var token = Regex.Match(html, "name=\"Token\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        token.ShouldNotBeEmpty();
        File.Exists(Path.Combine(Path.GetTempPath(), "hearth-ssda903-uploads", token + ".zip")).ShouldBeTrue();

        var other = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        var stolen = await other.PostFormAsync(Links.Ssda903ImportConfirm, new() { ["Token"] = token, ["Year"] = PreviousYear }, Links.Ssda903Import);
        (await stolen.Content.ReadAsStringAsync()).ShouldContain("have expired or were imported already");

        var imported = await analyst.PostFormAsync(Links.Ssda903ImportConfirm, new() { ["Token"] = token, ["Year"] = PreviousYear }, Links.Ssda903Import);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await imported.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"imported-banner\"");
        (await ImportEventsAsync(user.Id)).ShouldBeGreaterThan(0);
        File.Exists(Path.Combine(Path.GetTempPath(), "hearth-ssda903-uploads", token + ".zip")).ShouldBeFalse();

        // The same files chosen one by one, not zipped, read the same.
        var again = await UploadAsync(analyst, PreviousYear, ReturnFiles(child));
        (await again.Content.ReadAsStringAsync()).ShouldContain(child);

        // The same return as one XML file reads the same; an XML file beside CSV files is refused.
        var asRead = Ssda903CsvReader.Read(ReturnFiles(child).Select(f => (f.Name, (Stream)new MemoryStream(f.Bytes)))).Return!;
        var xml = System.Text.Encoding.UTF8.GetBytes(Ssda903XmlWriter.ToXml(asRead));
        var fromXml = await UploadAsync(analyst, PreviousYear, ("return.xml", xml));
        var fromXmlHtml = await fromXml.Content.ReadAsStringAsync();
        fromXmlHtml.ShouldContain("data-testid=\"dry-run-summary\"");
        fromXmlHtml.ShouldContain(child);
        var mixed = await UploadAsync(analyst, PreviousYear, [("return.xml", xml), .. ReturnFiles(child)]);
        (await mixed.Content.ReadAsStringAsync()).ShouldContain("Select either one XML file or the CSV files, not both");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
