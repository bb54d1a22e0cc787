using Hearth.Core.CareLeavers;
using Hearth.Core.LookedAfter;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Record;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Returns.Ssda903.Record;

/// <summary>The pure parts of the 903 built from and imported into the record: episodes to periods and back, OC2, OC3.</summary>
public sealed class Ssda903RecordMappingTests
{
    private static readonly DateOnly YearStart = new(2026, 4, 1);
    private static readonly DateOnly YearEnd = new(2027, 3, 31);
    private static readonly Guid PersonId = Guid.NewGuid();

    private static EpisodeRow Episode(int row, string decom, string rne, string ls, string place, string? provider, string? dec, string? rec,
        string? move = null, string? plPost = "AL2 2BB", string? urn = "XXXXXXX") => new()
        {
            Row = row,
            CHILD = "C1",
            DECOM = decom,
            RNE = rne,
            LS = ls,
            CIN = "N1",
            PLACE = place,
            PLACE_PROVIDER = provider,
            DEC = dec,
            REC = rec,
            REASON_PLACE_CHANGE = move,
            HOME_POST = "AL1 1AA",
            PL_POST = plPost,
            URN = urn,
        };

    private static List<string?[]> Cells(IEnumerable<EpisodeRow> rows) =>
        [.. rows.Select(r => new[] { r.DECOM, r.RNE, r.LS, r.PLACE, r.PLACE_PROVIDER, r.DEC, r.REC, r.REASON_PLACE_CHANGE, r.PL_POST })];

    private static (List<CarePeriod> Periods, List<Ssda903ImportProblem> Notes) Import(params EpisodeRow[] rows)
    {
        var notes = new List<Ssda903ImportProblem>();
        return (Ssda903ImportPeriods.From(rows, PersonId, YearStart, DateTime.UtcNow, notes), notes);
    }

    private static IEnumerable<EpisodeRow> Derived(CarePeriod period) =>
        Ssda903Episodes.Derive(CarePeriodEpisodes.For(period)).Select(e => Ssda903Episodes.ToRow("C1", 0, e));

    [Fact]
    public void Episodes_of_every_kind_become_one_period_whose_derived_episodes_are_the_rows_again()
    {
        EpisodeRow[] rows =
        [
            Episode(1, "12/05/2025", "P", "V2", "U6", "PR1", "01/08/2026", "X1"),
            Episode(2, "01/08/2026", "L", "C1", "U6", "PR1", "20/11/2026", "X1", "CARPL"),
            Episode(3, "20/11/2026", "B", "C2", "U4", "PR4", "10/01/2027", "X1", "CHILD", "LU2 8CD"),
            Episode(4, "10/01/2027", "T", "C2", "U5", "PR4", "01/02/2027", "X1", "OTHER", "LU2 8CD"),
            Episode(5, "01/02/2027", "U", "E1", "A5", "PR4", "20/03/2027", "E11", null, "LU2 9EF"),
        ];

        var (periods, notes) = Import(rows);

        notes.ShouldBeEmpty();
        var period = periods.ShouldHaveSingleItem();
        period.ImportedFirstEpisodeReason.ShouldBe("P");
        (period.StartDate, period.EndDate, period.ReasonCeased, period.HomePostcode).ShouldBe((new DateOnly(2025, 5, 12), new DateOnly(2027, 3, 20), "E11", "AL1 1AA"));
        period.LegalStatuses.Select(s => s.Code).ShouldBe(["V2", "C1", "C2", "E1"]);
        period.Placements.Select(p => (p.PlacementType, p.ReasonForMove)).ShouldBe([("U6", null), ("U4", "CARPL"), ("U5", "CHILD"), ("A5", "OTHER")]);
        // T and U keep the carer before; B a new one.
        period.Placements.Select(p => p.CarerName).Distinct().Count().ShouldBe(2);
        Cells(Derived(period)).ShouldBe(Cells(rows));
    }

    [Fact]
    public void A_period_ends_at_a_row_that_does_not_end_with_X1_on_the_day_the_next_starts()
    {
        var (periods, notes) = Import(
            Episode(2, "10/10/2026", "S", "V2", "U6", "PR1", null, null),
            Episode(1, "03/04/2026", "S", "L1", "U6", "PR1", "05/04/2026", "E4A"));

        notes.ShouldBeEmpty();
        periods.Select(p => (p.StartDate, p.EndDate, p.ImportedFirstEpisodeReason)).ShouldBe([
            (new DateOnly(2026, 4, 3), (DateOnly?)new DateOnly(2026, 4, 5), (string?)null),
            (new DateOnly(2026, 10, 10), null, null),
        ]);
    }

    [Fact]
    public void A_row_the_record_cannot_give_back_as_written_is_kept_and_noted_cell_by_cell()
    {
        // RNE L, but the placement changed too: the record holds both changes, so the derived episode is B.
        var (periods, notes) = Import(
            Episode(1, "02/06/2026", "S", "V2", "U6", "PR1", "01/09/2026", "X1"),
            Episode(2, "01/09/2026", "L", "C1", "K2", "PR4", null, null, urn: "SC123456"));

        periods.ShouldHaveSingleItem().Placements.Count.ShouldBe(2);
        var note = notes.ShouldHaveSingleItem();
        (note.Table, note.Row).ShouldBe((Ssda903Table.Episodes, 2));
        note.Message.ShouldContain("RNE 'B' (the file has 'L')");
    }

    [Fact]
    public void An_episode_that_ended_before_the_year_is_kept_and_noted()
    {
        var (_, notes) = Import(
            Episode(1, "05/02/2024", "S", "C1", "U3", "PR1", "17/06/2025", "X1"),
            Episode(2, "17/06/2025", "L", "E1", "U3", "PR1", null, null));

        notes.ShouldHaveSingleItem().Message.ShouldContain("before the year began");
    }

    [Fact]
    public void OC2_items_are_read_from_the_health_entries_in_the_year_and_give_the_entries_back()
    {
        var row = new Oc2Row
        {
            CHILD = "C1",
            DOB = "11/11/2011",
            SDQ_SCORE = "22",
            CONVICTED = "1",
            HEALTH_CHECK = null, // 5 or over at 31 March (rule 546)
            IMMUNISATIONS = "0",
            TEETH_CHECK = "1",
            HEALTH_ASSESSMENT = "1",
            SUBSTANCE_MISUSE = "1",
            INTERVENTION_RECEIVED = "0",
            INTERVENTION_OFFERED = "1",
        };

        var entries = Ssda903HealthItems.Entries(row).Select(e => new Ssda903HealthRow(PersonId, e.Kind, YearEnd, e.Score, e.Reason)).ToList();
        var back = Ssda903HealthItems.Row("C1", PersonId, "11/11/2011", YearEnd, entries);

        entries.Select(e => e.Kind).ShouldBe([HealthEntryKind.StrengthsAndDifficulties, HealthEntryKind.Conviction, HealthEntryKind.DentalCheck,
            HealthEntryKind.HealthReview, HealthEntryKind.SubstanceMisuseIdentified, HealthEntryKind.SubstanceMisuseInterventionOffered], ignoreOrder: true);
        new[] { back.SDQ_SCORE, back.SDQ_REASON, back.CONVICTED, back.HEALTH_CHECK, back.IMMUNISATIONS, back.TEETH_CHECK, back.HEALTH_ASSESSMENT,
            back.SUBSTANCE_MISUSE, back.INTERVENTION_RECEIVED, back.INTERVENTION_OFFERED }
            .ShouldBe(["22", null, "1", null, "0", "1", "1", "1", "0", "1"]);
    }

    [Theory]
    [InlineData("01/04/2022", "0", null)] // 4 at 31 March: health surveillance applies, conviction does not (542)
    [InlineData("31/03/2022", null, null)] // 5 on 31 March itself: neither (546)
    [InlineData("01/04/2017", null, null)] // 9: neither
    [InlineData("31/03/2017", null, "0")] // 10 on 31 March: conviction applies
    public void CONVICTED_is_blank_under_10_and_HEALTH_CHECK_blank_from_5_by_age_at_31_March(string dob, string? healthCheck, string? convicted)
    {
        var back = Ssda903HealthItems.Row("C1", PersonId, dob, new DateOnly(2027, 3, 31), []);

        (back.HEALTH_CHECK, back.CONVICTED).ShouldBe((healthCheck, convicted));
    }

    [Fact]
    public void Without_substance_misuse_the_interventions_are_blank_and_an_initial_assessment_counts_as_the_health_assessment()
    {
        var back = Ssda903HealthItems.Row("C1", PersonId, null, YearEnd, [
            new(PersonId, HealthEntryKind.InitialHealthAssessment, new DateOnly(2026, 6, 1), null, null),
            new(PersonId, HealthEntryKind.SubstanceMisuseInterventionOffered, new DateOnly(2026, 6, 1), null, null),
        ]);

        (back.HEALTH_ASSESSMENT, back.SUBSTANCE_MISUSE, back.INTERVENTION_RECEIVED, back.INTERVENTION_OFFERED).ShouldBe(("1", "0", null, null));
    }

    [Theory]
    [InlineData("2026-06-01", "2026-03-01", true)] // 3 months before, to the day
    [InlineData("2026-06-01", "2026-02-28", false)]
    [InlineData("2026-06-01", "2026-07-01", true)] // 1 month after, to the day
    [InlineData("2026-06-01", "2026-07-02", false)]
    public void The_OC3_contact_is_in_the_window_from_3_months_before_the_birthday_to_1_month_after(string birthday, string contact, bool counts)
    {
        var on = DateOnly.Parse(contact, System.Globalization.CultureInfo.InvariantCulture);
        var dob = DateOnly.Parse(birthday, System.Globalization.CultureInfo.InvariantCulture).AddYears(-18);
        (CareLeaverContacts.ForBirthday([new CareLeaverContact { ContactOn = on }], dob, 18)?.ContactOn)
            .ShouldBe(counts ? on : (DateOnly?)null);
    }

    [Fact]
    public void The_nearest_contact_to_the_birthday_is_reported_the_one_on_or_after_it_of_two_as_near()
    {
        // The Care leaver tab's rule (CareLeaverContacts.ForBirthday): of two as near, the one on or after the birthday.
        var birthday = new DateOnly(2026, 9, 7);
        var dob = new DateOnly(2006, 9, 7);
        CareLeaverContacts.ForBirthday(
                [.. new[] { birthday.AddDays(-20), birthday.AddDays(5), birthday.AddDays(-5) }.Select(d => new CareLeaverContact { ContactOn = d })], dob, 20)!
            .ContactOn.ShouldBe(birthday.AddDays(5));
        CareLeaverContacts.BirthdayBetween(dob, YearStart, YearEnd).ShouldBe((birthday, 20));
        CareLeaverContacts.BirthdayBetween(new DateOnly(2010, 9, 7), YearStart, YearEnd).ShouldBeNull();
    }

    [Fact]
    public void Derive_starts_an_imported_period_with_its_first_episode_reason()
    {
        var start = new DateOnly(2025, 5, 12);
        var period = new PeriodOfCare(start, "N1", null, [new(start, "C2")], [new(start, "K2", "PR4", "home")], FirstEpisodeReason: "B");

        Ssda903Episodes.Derive(period).ShouldHaveSingleItem().ReasonForNewEpisode.ShouldBe("B");
    }
}
