using System.Text;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.People;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Returns;

/// <summary>
/// Issue 6, acceptance 3: an SSDA903 return imported into the record and built from it again is row-for-row the same;
/// a second import adds nothing; a file the record cannot hold is refused whole; and a return built from records made
/// in Hearth has the episodes the rules give.
/// </summary>
public sealed class Ssda903RecordTests(HearthWebApp app)
{
    private static readonly CensusYear Year = new(2026);

    [Fact]
    public async Task Importing_the_multi_child_year_and_building_it_again_gives_every_file_line_for_line()
    {
        var prefix = Prefix();
        var (expected, actual, result) = await RoundTripAsync("ssda903-roundtrip-2026-27", prefix);

        result.Problems.ShouldBeEmpty();
        result.Notes.ShouldBeEmpty();
        result.Children.Count.ShouldBe(8);
        result.Children.ShouldAllBe(c => c.Created);
        foreach (var (file, lines) in expected)
        {
            actual[file].ShouldBe(lines, $"{file} differs");
        }
    }

    [Fact]
    public async Task The_synthetic_set_comes_back_except_the_rows_the_record_cannot_give_back_as_written()
    {
        var prefix = Prefix();
        var (expected, actual, result) = await RoundTripAsync("ssda903-synthetic-2026-27", prefix);

        result.Problems.ShouldBeEmpty();
        // Compared as sets of lines: the synthetic files list the children in no particular order.
        var missing = expected.SelectMany(f => f.Value.Except(actual[f.Key]).Select(l => $"{f.Key}: {l}")).ToList();
        var extra = expected.SelectMany(f => actual[f.Key].Except(f.Value).Select(l => $"{f.Key}: {l}")).ToList();
        missing.ShouldBe([
            // Ended before the year began: a return lists only the episodes open in its year.
            $"episodes.csv: {prefix}566910,15/02/2016,L,C2,N3,T2,PR0,14/08/2017,X1,CLOSE,,,4244474",
            // REC X1 on an episode that has not ended: the record has no end, so no reason it ended.
            $"episodes.csv: {prefix}566910,14/08/2017,T,C2,N3,A3,PR3,,X1,,EG19 7TT,WV27 9FW,8969628",
            // Ended before the year began; and LAREQ was given where the placement did not change (only the legal status did).
            $"episodes.csv: {prefix}1005,05/02/2024,S,C1,N1,U3,PR1,17/06/2025,X1,LAREQ,WD17 1AA,WD18 2BB,SC778899",
            // HEALTH_CHECK given for a child of 5 or over at 31 March: rule 546 wants it blank, as the record gives it.
            $"oc2.csv: {prefix}566910,03/05/2012,14,,0,1,1,1,1,0,,",
            // The same, and INTERVENTION_OFFERED 0 beside INTERVENTION_RECEIVED 1: rule 158 wants it blank too.
            $"oc2.csv: {prefix}1004,11/11/2011,,SDQ4,0,1,1,0,1,1,1,0",
            // CONVICTED given for a child under 10 at 31 March: rule 542 wants it blank, as the record gives it.
            $"oc2.csv: {prefix}1005,01/02/2024,,SDQ1,0,1,1,1,1,0,,",
        ], ignoreOrder: true);
        extra.ShouldBe([
            $"episodes.csv: {prefix}566910,14/08/2017,T,C2,N3,A3,PR3,,,,EG19 7TT,WV27 9FW,8969628",
            $"oc2.csv: {prefix}566910,03/05/2012,14,,0,,1,1,1,0,,",
            $"oc2.csv: {prefix}1004,11/11/2011,,SDQ4,0,,1,0,1,1,1,",
            $"oc2.csv: {prefix}1005,01/02/2024,,SDQ1,,1,1,1,1,0,,",
        ], ignoreOrder: true);
        result.Notes.Select(n => (n.Table, n.Row)).Distinct().ShouldBe(
            [("Episodes", 1), ("Episodes", 2), ("Episodes", 10), ("OC2", 1), ("OC2", 2), ("OC2", 3)], ignoreOrder: true,
            string.Join("\n", result.Notes.Select(n => n.Message)));
    }

    [Fact]
    public async Task A_second_import_of_the_same_files_adds_nothing()
    {
        var prefix = Prefix();
        var file = Read("ssda903-roundtrip-2026-27", prefix);
        var first = await ImportAsync(file);
        first.Imported.ShouldBeTrue();
        var before = await CountsAsync(prefix);

        var second = await ImportAsync(Read("ssda903-roundtrip-2026-27", prefix));

        second.Problems.ShouldBeEmpty();
        second.Children.ShouldAllBe(c => !c.Created);
        second.Children.ShouldAllBe(c => c.Changes.Count == 1 && c.Changes[0].EndsWith("item(s) already held", StringComparison.Ordinal));
        (await CountsAsync(prefix)).ShouldBe(before);
    }

    [Fact]
    public async Task The_next_year_carries_on_the_period_of_care_the_year_before_left_open()
    {
        var prefix = Prefix();
        (await ImportAsync(Read("ssda903-roundtrip-2026-27", prefix))).Imported.ShouldBeTrue();
        var child = prefix + "2001";
        var next = new Ssda903Return();
        next.Header.Add(new HeaderRow { Row = 1, CHILD = child, SEX = "F", DOB = "14/06/2016", ETHNIC = "WBRI", UPN = prefix + "A801200001001" });
        next.Episodes.Add(new EpisodeRow
        {
            Row = 1,
            CHILD = child,
            DECOM = "20/11/2026",
            RNE = "B",
            LS = "C2",
            CIN = "N2",
            PLACE = "U4",
            PLACE_PROVIDER = "PR4",
            DEC = "05/06/2027",
            REC = "X1",
            REASON_PLACE_CHANGE = "CHILD",
            HOME_POST = "SG1 2AB",
            PL_POST = "LU2 8CD",
            URN = "XXXXXXX",
        });
        next.Episodes.Add(new EpisodeRow
        {
            Row = 2,
            CHILD = child,
            DECOM = "05/06/2027",
            RNE = "T",
            LS = "C2",
            CIN = "N2",
            PLACE = "U5",
            PLACE_PROVIDER = "PR4",
            HOME_POST = "SG1 2AB",
            PL_POST = "LU2 8CD",
            URN = "XXXXXXX",
        });

        var result = await app.InScopeAsync(sp => sp.GetRequiredService<Ssda903Importer>()
            .ImportAsync(next, new CensusYear(2027), "next-year", "0", dryRun: false, ProcessContext.System("903 import test")));

        result.Problems.ShouldBeEmpty();
        result.Notes.ShouldBeEmpty();
        var personId = result.Children.ShouldHaveSingleItem().PersonId!.Value;
        (await app.QueryAsync(db => db.CarePeriods.CountAsync(p => p.PersonId == personId))).ShouldBe(1);
        var built = await app.InScopeAsync(sp => sp.GetRequiredService<Ssda903Builder>().BuildAsync(new Ssda903Scope(new CensusYear(2027), personId)));
        Lines(Ssda903Columns.Episodes, built.Episodes).ShouldBe([
            $"{child},20/11/2026,B,C2,N2,U4,PR4,05/06/2027,X1,CHILD,SG1 2AB,LU2 8CD,XXXXXXX",
            $"{child},05/06/2027,T,C2,N2,U5,PR4,,,,SG1 2AB,LU2 8CD,XXXXXXX",
        ]);
    }

    [Fact]
    public async Task A_file_with_a_date_that_is_not_a_date_is_refused_with_its_table_and_row_and_nothing_is_written()
    {
        var prefix = Prefix();
        var file = Read("ssda903-roundtrip-2026-27", prefix);
        file.Reviews[3].REVIEW = "31/02/2026";

        var result = await ImportAsync(file);

        result.Imported.ShouldBeFalse();
        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Table, problem.Row, problem.Child).ShouldBe(("Reviews", 4, prefix + "2002"));
        problem.Message.ShouldContain("REVIEW '31/02/2026' is not a date");
        (await app.QueryAsync(db => db.People.CountAsync(p => p.Reference.StartsWith(prefix)))).ShouldBe(0);
    }

    [Fact]
    public async Task A_row_for_a_child_not_in_the_header_is_refused()
    {
        var prefix = Prefix();
        var file = Read("ssda903-roundtrip-2026-27", prefix);
        file.Missing.Add(new MissingRow { Row = 6, CHILD = prefix + "9999", MISSING = "M", MIS_START = "01/05/2026" });

        var result = await ImportAsync(file);

        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Table, problem.Row).ShouldBe(("Missing", 6));
        (await app.QueryAsync(db => db.People.CountAsync(p => p.Reference.StartsWith(prefix)))).ShouldBe(0);
    }

    [Fact]
    public async Task A_dry_run_reports_the_children_and_writes_nothing()
    {
        var prefix = Prefix();
        var result = await ImportAsync(Read("ssda903-roundtrip-2026-27", prefix), dryRun: true);

        result.Imported.ShouldBeFalse();
        result.Children.Count.ShouldBe(8);
        result.Children.First().Changes.ShouldContain("1 period(s) of care");
        (await app.QueryAsync(db => db.People.CountAsync(p => p.Reference.StartsWith(prefix)))).ShouldBe(0);
    }

    [Fact]
    public async Task A_child_accommodated_under_section_20_in_foster_care_then_moved_under_an_interim_care_order_has_rows_S_and_B()
    {
        var reference = Prefix() + "1";
        var personId = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var person = new Person { Reference = reference, Sex = "F", DateOfBirth = new DateOnly(2017, 3, 2), EthnicityCode = "WBRI", UpnUnknownReason = "UN1" };
            person.Names.Add(new PersonName { PersonId = person.Id, Kind = NameKind.Legal, GivenNames = "Test", FamilyName = "Child" });
            var period = new CarePeriod { PersonId = person.Id, StartDate = new DateOnly(2026, 5, 4), CategoryOfNeed = "N1", HomePostcode = "SG1 1AA" };
            period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, PersonId = person.Id, From = period.StartDate, Code = "V2" });
            period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, PersonId = person.Id, From = new DateOnly(2026, 6, 15), Code = "C1" });
            period.Placements.Add(new Placement
            {
                CarePeriodId = period.Id,
                PersonId = person.Id,
                From = period.StartDate,
                PlacementType = "U6",
                Provider = "PR1",
                CarerName = "Mr and Mrs Foster",
                Urn = "XXXXXXX",
                Postcode = "SG2 2BB",
            });
            period.Placements.Add(new Placement
            {
                CarePeriodId = period.Id,
                PersonId = person.Id,
                From = new DateOnly(2026, 6, 15),
                PlacementType = "U4",
                Provider = "PR4",
                CarerName = "Ms Agency",
                Urn = "XXXXXXX",
                Postcode = "LU1 3CD",
                ReasonForMove = "CARPL",
            });
            db.People.Add(person);
            db.CarePeriods.Add(period);
            await db.SaveChangesAsync();
            return person.Id;
        });

        var ret = await app.InScopeAsync(sp => sp.GetRequiredService<Ssda903Builder>().BuildAsync(new Ssda903Scope(Year, personId)));

        Lines(Ssda903Columns.Episodes, ret.Episodes).ShouldBe([
            $"{reference},04/05/2026,S,V2,N1,U6,PR1,15/06/2026,X1,CARPL,SG1 1AA,SG2 2BB,XXXXXXX",
            $"{reference},15/06/2026,B,C1,N1,U4,PR4,,,,SG1 1AA,LU1 3CD,XXXXXXX",
        ]);
        Lines(Ssda903Columns.Header, ret.Header).ShouldBe([$"{reference},F,02/03/2017,WBRI,UN1,,"]);
        ret.Oc2.ShouldBeEmpty();

        // Taken on 10 June, before the move: one episode, still open.
        var early = await app.InScopeAsync(sp => sp.GetRequiredService<Ssda903Builder>()
            .BuildAsync(new Ssda903Scope(Year, personId, new DateOnly(2026, 6, 10))));
        Lines(Ssda903Columns.Episodes, early.Episodes).ShouldBe([$"{reference},04/05/2026,S,V2,N1,U6,PR1,,,,SG1 1AA,SG2 2BB,XXXXXXX"]);
    }

    private static string Prefix() => "R" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static List<string> Lines(Ssda903CsvTable table, IEnumerable<Ssda903Row> rows) =>
        [.. Ssda903CsvWriter.ToCsv(table, rows).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)];

    private static string FixtureDirectory(string name) => Path.Combine(AppContext.BaseDirectory, "Returns", "Fixtures", name);

    /// <summary>
    /// The fixture's files with every CHILD given this test's prefix, and each real UPN too, so the children are this
    /// test's alone in the shared database (the importer matches on both).
    /// </summary>
    private static Dictionary<string, List<string>> FixtureLines(string name, string prefix) =>
        Directory.GetFiles(FixtureDirectory(name), "*.csv").ToDictionary(p => Path.GetFileName(p)!, path =>
            File.ReadAllLines(path, Encoding.UTF8).Skip(1).Where(l => l.Length > 0).Select(line =>
            {
                var cells = line.Split(',');
                cells[0] = prefix + cells[0];
                if (Path.GetFileName(path) == "header.csv" && cells[4].Length > 3)
                {
                    cells[4] = prefix + cells[4];
                }
                return string.Join(',', cells);
            }).ToList());

    private static Ssda903Return Read(string name, string prefix)
    {
        var files = FixtureLines(name, prefix).Select(f =>
        {
            var header = File.ReadLines(Path.Combine(FixtureDirectory(name), f.Key)).First();
            return (f.Key, (Stream)new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', [header, .. f.Value]) + "\n")));
        }).ToList();
        var read = Ssda903CsvReader.Read(files);
        read.Errors.ShouldBeEmpty();
        return read.Return!;
    }

    private Task<Ssda903ImportResult> ImportAsync(Ssda903Return file, bool dryRun = false) =>
        app.InScopeAsync(sp => sp.GetRequiredService<Ssda903Importer>()
            .ImportAsync(file, Year, "ssda903-test", "0123abcd", dryRun, ProcessContext.System("903 import test")));

    private async Task<(Dictionary<string, List<string>> Expected, Dictionary<string, List<string>> Actual, Ssda903ImportResult Result)>
        RoundTripAsync(string fixture, string prefix)
    {
        var result = await ImportAsync(Read(fixture, prefix));
        result.Problems.ShouldBeEmpty();

        var directory = Path.Combine(Path.GetTempPath(), "hearth-903-" + prefix);
        try
        {
            var ret = await app.InScopeAsync(sp => sp.GetRequiredService<Ssda903Builder>().BuildAsync(new Ssda903Scope(Year)));
            Ssda903CsvWriter.Write(ret, directory, Year);
            var actual = Directory.GetFiles(directory, "*.csv").ToDictionary(p => Path.GetFileName(p)!,
                path => File.ReadAllLines(path).Skip(1).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList());
            return (FixtureLines(fixture, prefix), actual, result);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private Task<int[]> CountsAsync(string prefix) => app.QueryAsync(async db =>
    {
        var ids = db.People.Where(p => p.Reference.StartsWith(prefix)).Select(p => p.Id);
        return new[]
        {
            await ids.CountAsync(),
            await db.CarePeriods.CountAsync(x => ids.Contains(x.PersonId)),
            await db.LegalStatuses.CountAsync(x => ids.Contains(x.PersonId)),
            await db.Placements.CountAsync(x => ids.Contains(x.PersonId)),
            await db.LookedAfterReviews.CountAsync(x => ids.Contains(x.PersonId)),
            await db.HealthEntries.CountAsync(x => ids.Contains(x.PersonId)),
            await db.CareLeaverContacts.CountAsync(x => ids.Contains(x.PersonId)),
            await db.AdoptionDecisions.CountAsync(x => ids.Contains(x.PersonId)),
            await db.MissingEpisodes.CountAsync(x => ids.Contains(x.PersonId)),
            await db.SocialWorkerEpisodes.CountAsync(x => ids.Contains(x.PersonId)),
            await db.DeprivationOfLibertyOrders.CountAsync(x => ids.Contains(x.PersonId)),
            await db.LookedAfterChildProfiles.CountAsync(x => ids.Contains(x.PersonId)),
        };
    });
}
