using System.Security.Cryptography;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.Returns.CensusJourneys;

namespace Hearth.Web.Tests.Returns;

/// <summary>
/// Bringing a previous system's census files in as history (issue 5): people matched or created,
/// everything flagged Imported, one transaction per file, kept as sent even where it breaks DfE rules.
/// </summary>
public sealed class CensusImportTests(HearthWebApp app)
{
    private static readonly CensusYear FileYear = new(2024);
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static string NewReference(string stem) => stem + RandomNumberGenerator.GetInt32(10_000_000, 100_000_000);

    private static CensusMessage File(params CensusChild[] children) => new()
    {
        Header = new CensusHeader { Collection = "CIN", Year = "2025", ReferenceDate = FileYear.End, SourceLevel = "L", Lea = "919", SoftwareCode = "Other", SerialNo = "001" },
        Children = [.. children],
    };

    private static CensusChild Child(string laChildId, string? upn, DateOnly born, int line, params CinDetails[] episodes) => new()
    {
        Line = line,
        LaChildId = laChildId,
        Upn = upn,
        UpnUnknown = upn is null ? "UN1" : null,
        PersonBirthDate = born,
        Sex = "F",
        Ethnicity = "WBRI",
        Disabilities = ["NONE"],
        CinDetails = [.. episodes],
    };

    /// <summary>Referral, assessment with factors, a CIN plan, closed RC7.</summary>
    private static CinDetails CinEpisode() => new()
    {
        ReferralDate = D(2024, 6, 3),
        ReferralSource = "2A",
        PrimaryNeedCode = "N1",
        ClosureDate = D(2024, 10, 1),
        ReasonForClosure = "RC7",
        ReferralNfa = "false",
        Assessments = [new CensusAssessment { ActualStartDate = D(2024, 6, 4), AuthorisationDate = D(2024, 7, 15), Factors = ["1B", "16A"] }],
        CinPlans = [new CensusCinPlan { StartDate = D(2024, 7, 16), EndDate = D(2024, 10, 1) }],
    };

    /// <summary>Referral, assessment, section 47, ICPC, CP plan with a review; open.</summary>
    private static CinDetails CpEpisode() => new()
    {
        ReferralDate = D(2024, 5, 1),
        ReferralSource = "5A",
        PrimaryNeedCode = "N1",
        ReferralNfa = "false",
        Assessments = [new CensusAssessment { ActualStartDate = D(2024, 5, 2), AuthorisationDate = D(2024, 6, 20), Factors = ["3A"] }],
        Section47s = [new CensusSection47 { ActualStartDate = D(2024, 5, 2), InitialCpcTarget = D(2024, 5, 23), DateOfInitialCpc = D(2024, 5, 20), IcpcNotRequired = "false" }],
        ChildProtectionPlans = [new CensusChildProtectionPlan
        {
            StartDate = D(2024, 5, 20), InitialCategoryOfAbuse = "NEG", LatestCategoryOfAbuse = "NEG", NumberOfPreviousCpp = "0", ReviewDates = [D(2024, 8, 19)],
        }],
    };

    /// <summary>A referral with no further action, closed the day it came in.</summary>
    private static CinDetails NfaEpisode() => new()
    {
        ReferralDate = D(2024, 9, 2),
        ReferralSource = "1B",
        ClosureDate = D(2024, 9, 2),
        ReasonForClosure = "RC8",
        ReferralNfa = "true",
    };

    private Task<CensusImportResult> ImportAsync(CensusMessage message, bool dryRun = false, string file = "cin-2024-25.xml") =>
        app.InScopeAsync(async sp => await sp.GetRequiredService<CinCensusImporter>().ImportAsync(message, file,
            Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), dryRun, new ProcessContext(Guid.NewGuid(), "Data migration")));

    private sealed record Rows(int People, int Episodes, int Assessments, int CinPlans, int Section47s, int Conferences, int Plans, int Reviews, int Events);

    /// <summary>What the record holds for these references and people (the database is shared, so never a table's total).</summary>
    private Task<Rows> RowsAsync(IReadOnlyCollection<string> references, IReadOnlyCollection<Guid> knownPeople) => app.QueryAsync(async db =>
    {
        var people = await db.People.Where(p => references.Contains(p.Reference) || knownPeople.Contains(p.Id)).Select(p => p.Id).ToListAsync();
        var episodes = db.CinEpisodes.Where(e => people.Contains(e.PersonId)).Select(e => e.Id);
        var plans = db.ChildProtectionPlans.Where(p => people.Contains(p.PersonId)).Select(p => p.Id);
        return new Rows(
            people.Count,
            await episodes.CountAsync(),
            await db.Assessments.CountAsync(a => episodes.Contains(a.EpisodeId)),
            await db.ChildInNeedPlans.CountAsync(p => episodes.Contains(p.EpisodeId)),
            await db.Section47Enquiries.CountAsync(s => episodes.Contains(s.EpisodeId)),
            await db.InitialChildProtectionConferences.CountAsync(c => episodes.Contains(c.EpisodeId)),
            await plans.CountAsync(),
            await db.ReviewChildProtectionConferences.CountAsync(r => plans.Contains(r.PlanId)),
            await db.ProcessEvents.CountAsync(e => e.Process == CinCensusImporter.Process && e.Subjects.Any(s => people.Contains(s.PersonId))));
    });

    [Fact]
    public async Task A_file_matches_people_by_LAchildID_then_UPN_creates_the_rest_and_records_everything_as_imported_history()
    {
        var byReference = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var upn = NewUpn();
        var byUpn = await app.CreatePersonAsync("Jay", TestData.UniqueFamilyName(), sex: "M", upn: upn);
        var newReference = NewReference("OLD");
        var file = File(
            Child(byReference.Reference, null, D(2015, 3, 27), 3, CinEpisode()),
            Child(NewReference("PREV"), upn, D(2014, 1, 9), 40, CpEpisode()),
            Child(newReference, null, D(2022, 5, 1), 80, NfaEpisode()));

        var result = await ImportAsync(file);

        result.Problems.ShouldBeEmpty();
        result.Imported.ShouldBeTrue();
        result.Children.Select(c => c.MatchedBy).ShouldBe([CensusField.LaChildId, CensusField.Upn, null]);
        result.Children[0].PersonId.ShouldBe(byReference.Id);
        result.Children[1].PersonId.ShouldBe(byUpn.Id);
        var created = await app.QueryAsync(db => db.People.Include(p => p.Names).Include(p => p.Disabilities).SingleAsync(p => p.Reference == newReference));
        result.Children[2].PersonId.ShouldBe(created.Id);
        created.DateOfBirth.ShouldBe(D(2022, 5, 1));
        created.UpnUnknownReason.ShouldBe("UN1");
        created.Disabilities.Select(d => d.Code).ShouldBe(["NONE"]);

        var people = new[] { byReference.Id, byUpn.Id, created.Id };
        (await RowsAsync([], people)).ShouldBe(new Rows(3, 3, 2, 1, 1, 1, 1, 1, 3));
        await app.QueryAsync(async db =>
        {
            (await db.CinEpisodes.Where(e => people.Contains(e.PersonId)).AllAsync(e => e.Imported)).ShouldBeTrue();
            (await db.Assessments.Where(a => people.Contains(a.PersonId)).AllAsync(a => a.Imported)).ShouldBeTrue();
            (await db.ChildInNeedPlans.Where(p => people.Contains(p.PersonId)).AllAsync(p => p.Imported)).ShouldBeTrue();
            (await db.Section47Enquiries.Where(s => people.Contains(s.PersonId)).AllAsync(s => s.Imported)).ShouldBeTrue();
            (await db.InitialChildProtectionConferences.Where(c => people.Contains(c.PersonId)).AllAsync(c => c.Imported)).ShouldBeTrue();
            (await db.ChildProtectionPlans.Where(p => people.Contains(p.PersonId)).AllAsync(p => p.Imported)).ShouldBeTrue();
            foreach (var person in people)
            {
                var imported = await db.ProcessEvents.Where(e => e.Process == CinCensusImporter.Process && e.Subjects.Any(s => s.PersonId == person)).ToListAsync();
                imported.ShouldHaveSingleItem().EventType.ShouldBe(nameof(CensusHistoryImported));
            }
            var plan = await db.ChildProtectionPlans.SingleAsync(p => p.PersonId == byUpn.Id);
            var conference = await db.InitialChildProtectionConferences.SingleAsync(c => c.PersonId == byUpn.Id);
            plan.InitialConferenceId.ShouldBe(conference.Id);
            var nfa = await db.CinEpisodes.SingleAsync(e => e.PersonId == created.Id);
            nfa.ReferralNfa.ShouldBeTrue();
            return true;
        });
    }

    [Fact]
    public async Task A_dry_run_reports_what_it_would_do_and_writes_nothing()
    {
        var existing = await app.CreatePersonAsync("Kit", TestData.UniqueFamilyName());
        var newReference = NewReference("DRY");
        var file = File(Child(existing.Reference, null, D(2015, 3, 27), 3, CpEpisode()), Child(newReference, null, D(2022, 5, 1), 50, NfaEpisode()));
        var before = await RowsAsync([newReference], [existing.Id]);

        var result = await ImportAsync(file, dryRun: true);

        result.DryRun.ShouldBeTrue();
        result.Imported.ShouldBeFalse();
        result.Problems.ShouldBeEmpty();
        result.Children.Count.ShouldBe(2);
        result.Children[0].ShouldSatisfyAllConditions(
            c => c.MatchedBy.ShouldBe(CensusField.LaChildId),
            c => c.Episodes.ShouldBe(1),
            c => c.Section47s.ShouldBe(1),
            c => c.ChildProtectionPlans.ShouldBe(1),
            c => c.Reviews.ShouldBe(1));
        result.Children[1].IsNewPerson.ShouldBeTrue();
        (await RowsAsync([newReference], [existing.Id])).ShouldBe(before);
        before.ShouldBe(new Rows(1, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    [Theory]
    [InlineData("category")]
    [InlineData("referral")]
    public async Task A_problem_the_record_cannot_hold_refuses_the_whole_file_and_writes_nothing_even_for_the_good_children(string problem)
    {
        var existing = await app.CreatePersonAsync("Lou", TestData.UniqueFamilyName());
        var goodReference = NewReference("GOOD");
        var badReference = NewReference("BAD");
        var bad = CpEpisode();
        if (problem == "category")
        {
            bad.ChildProtectionPlans[0].LatestCategoryOfAbuse = "XYZ";
        }
        else
        {
            bad.ReferralDate = null;
        }
        var file = File(
            Child(existing.Reference, null, D(2015, 3, 27), 3, CinEpisode()),
            Child(goodReference, null, D(2016, 3, 27), 30, NfaEpisode()),
            Child(badReference, null, D(2017, 3, 27), 60, bad));
        var before = await RowsAsync([goodReference, badReference], [existing.Id]);

        var result = await ImportAsync(file);

        result.Imported.ShouldBeFalse();
        var refusal = result.Problems.ShouldHaveSingleItem();
        refusal.Line.ShouldBe(60);
        refusal.Message.ShouldContain(badReference);
        refusal.Message.ShouldContain(problem == "category" ? "category of abuse" : "CINreferralDate");
        (await RowsAsync([goodReference, badReference], [existing.Id])).ShouldBe(before);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_adds_nothing_the_second_time()
    {
        var reference = NewReference("TWICE");
        var file = File(Child(reference, null, D(2015, 3, 27), 3, CinEpisode(), CpEpisode()));
        file.Children[0].CinDetails[1].ClosureDate = null;

        var first = await ImportAsync(file);
        first.Children.ShouldHaveSingleItem().Episodes.ShouldBe(2);
        var after = await RowsAsync([reference], []);

        var second = await ImportAsync(file);

        second.Imported.ShouldBeTrue();
        var child = second.Children.ShouldHaveSingleItem();
        child.IsNewPerson.ShouldBeFalse();
        child.MatchedBy.ShouldBe(CensusField.LaChildId);
        child.Episodes.ShouldBe(0);
        child.EpisodesAlreadyHeld.ShouldBe(2);
        var again = await RowsAsync([reference], []);
        again.ShouldBe(after with { Events = after.Events + 1 }, "only the event saying the file was read again; no history is added");
    }

    [Fact]
    public async Task Data_that_breaks_a_DfE_rule_is_kept_as_sent_and_shows_as_a_finding_for_that_child()
    {
        var reference = NewReference("RULE");
        var episode = CpEpisode();
        // The ICPC is dated before the referral: rule 1104 (and 1105 for the plan that starts with it).
        episode.Section47s[0].DateOfInitialCpc = D(2024, 4, 29);
        episode.ChildProtectionPlans[0].StartDate = D(2024, 4, 29);
        var file = File(Child(reference, null, D(2015, 3, 27), 3, episode));

        var result = await ImportAsync(file);

        result.Imported.ShouldBeTrue();
        var personId = result.Children.ShouldHaveSingleItem().PersonId!.Value;
        var conference = await app.QueryAsync(db => db.InitialChildProtectionConferences.SingleAsync(c => c.PersonId == personId));
        conference.Date.ShouldBe(D(2024, 4, 29), "kept as the file sent it");

        var fileFindings = CinCensusValidator.Validate(file, FileYear);
        fileFindings.ShouldContain(f => f.RuleCode == "1104" && f.LaChildId == reference, Describe(fileFindings));

        var built = await new CensusJourneys(app).BuildAsync(personId, FileYear);
        var findings = CinCensusValidator.Validate(built, FileYear);
        findings.ShouldContain(f => f.RuleCode == "1104" && f.PersonId == personId, Describe(findings));
        findings.ShouldContain(f => f.RuleCode == "1105" && f.PersonId == personId, Describe(findings));
    }

    [Fact]
    public async Task An_imported_child_built_for_the_file_year_gives_back_the_same_CIN_details()
    {
        var reference = NewReference("ROUND");
        var sent = File(Child(reference, null, D(2015, 3, 27), 3, CinEpisode(), CpEpisode()));
        // Two episodes cannot overlap: the CP episode here follows the closed CIN one.
        var cp = sent.Children[0].CinDetails[1];
        cp.ReferralDate = D(2024, 11, 4);
        cp.Assessments[0].ActualStartDate = D(2024, 11, 5);
        cp.Assessments[0].AuthorisationDate = D(2024, 12, 20);
        cp.Section47s[0].ActualStartDate = D(2024, 11, 5);
        cp.Section47s[0].InitialCpcTarget = D(2024, 11, 26);
        cp.Section47s[0].DateOfInitialCpc = D(2024, 11, 25);
        cp.ChildProtectionPlans[0].StartDate = D(2024, 11, 25);
        cp.ChildProtectionPlans[0].ReviewDates[0] = D(2025, 2, 24);

        var result = await ImportAsync(sent);
        var personId = result.Children.ShouldHaveSingleItem().PersonId!.Value;
        var back = (await new CensusJourneys(app).BuildAsync(personId, FileYear)).Children.ShouldHaveSingleItem();

        back.LaChildId.ShouldBe(reference);
        back.PersonBirthDate.ShouldBe(D(2015, 3, 27));
        back.Sex.ShouldBe("F");
        back.Ethnicity.ShouldBe("WBRI");
        back.Disabilities.ShouldBe(["NONE"]);
        back.CinDetails.Count.ShouldBe(2);
        foreach (var (expected, actual) in sent.Children[0].CinDetails.Zip(back.CinDetails))
        {
            actual.ShouldSatisfyAllConditions(
                a => a.ReferralDate.ShouldBe(expected.ReferralDate),
                a => a.ReferralSource.ShouldBe(expected.ReferralSource),
                a => a.PrimaryNeedCode.ShouldBe(expected.PrimaryNeedCode),
                a => a.ClosureDate.ShouldBe(expected.ClosureDate),
                a => a.ReasonForClosure.ShouldBe(expected.ReasonForClosure),
                a => a.ReferralNfa.ShouldBe(expected.ReferralNfa),
                a => a.DateOfInitialCpc.ShouldBe(expected.DateOfInitialCpc),
                a => a.Assessments.Select(x => (x.ActualStartDate, x.AuthorisationDate, Factors: string.Join(",", x.Factors.Order())))
                    .ShouldBe(expected.Assessments.Select(x => (x.ActualStartDate, x.AuthorisationDate, Factors: string.Join(",", x.Factors.Order())))),
                a => a.CinPlans.Select(p => (p.StartDate, p.EndDate)).ShouldBe(expected.CinPlans.Select(p => (p.StartDate, p.EndDate))),
                a => a.Section47s.Select(s => (s.ActualStartDate, s.InitialCpcTarget, s.DateOfInitialCpc, s.IcpcNotRequired))
                    .ShouldBe(expected.Section47s.Select(s => (s.ActualStartDate, s.InitialCpcTarget, s.DateOfInitialCpc, s.IcpcNotRequired))),
                a => a.ChildProtectionPlans.Select(p => (p.StartDate, p.EndDate, p.InitialCategoryOfAbuse, p.LatestCategoryOfAbuse, p.NumberOfPreviousCpp, Reviews: string.Join(",", p.ReviewDates)))
                    .ShouldBe(expected.ChildProtectionPlans.Select(p => (p.StartDate, p.EndDate, p.InitialCategoryOfAbuse, p.LatestCategoryOfAbuse, p.NumberOfPreviousCpp, Reviews: string.Join(",", p.ReviewDates)))));
        }
        var errors = CinCensusValidator.Validate(new CensusMessage { Header = sent.Header, Children = [back] }, FileYear).Where(f => !f.IsQuery).ToList();
        errors.ShouldBeEmpty(Describe(errors));
    }
}
